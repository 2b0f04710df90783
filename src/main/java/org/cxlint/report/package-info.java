/**
 * The result model (Report, Verdict, Fingerprint, Summary) and the renderers by format. May import model,
 * ingest (source positions), facts, rules and score.
 */
package org.cxlint.report;
