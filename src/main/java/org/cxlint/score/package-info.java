/**
 * Scorecard arithmetic from findings: categories, weights, points, verdict. May import rules.
 */
package org.cxlint.score;
