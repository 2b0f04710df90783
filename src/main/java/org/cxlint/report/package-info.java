/**
 * The result model (Report, Verdict, Fingerprint) and the renderers by format. May import model, ingest (for
 * source positions), rules and score.
 */
package org.cxlint.report;
