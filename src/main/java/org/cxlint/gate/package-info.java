/**
 * CI gates: thresholds, baselines, waivers and suite expectations over scored reports. May import model,
 * rules, score and report's result model.
 */
package org.cxlint.gate;
