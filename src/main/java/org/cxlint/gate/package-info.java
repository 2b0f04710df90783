/**
 * CI gates: thresholds, baselines, waivers and suite expectations over scored reports. May import model,
 * ingest, rules, score and report.
 */
package org.cxlint.gate;
