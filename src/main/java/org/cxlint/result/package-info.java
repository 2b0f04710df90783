/**
 * The result model: a scored transcript ({@link org.cxlint.result.Report}), the gate's {@link
 * org.cxlint.result.Verdict}, the run's {@link org.cxlint.result.Summary} and per-agent {@link
 * org.cxlint.result.Breakdown}, and the JSON style they are written in. May import model, ingest, nlp,
 * facts, rules and score; never a renderer, a gate or a front end.
 */
package org.cxlint.result;
