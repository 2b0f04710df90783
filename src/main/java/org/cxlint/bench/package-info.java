/**
 * The benchmark and its generated corpus: cxlint's throughput as a ratio of CoreNLP's on the same text. May
 * import model, ingest, nlp and rules.
 */
package org.cxlint.bench;
