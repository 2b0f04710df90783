/**
 * The renderers, one per {@code --format}, and what only they need (safe text, SARIF URIs and rule docs,
 * the HTML pages). Read the result model; may import model, ingest (source positions), facts, rules, score
 * and result, never gate or a front end.
 */
package org.cxlint.report;
