/**
 * Readers from bytes to transcripts: format detection, decoding, roles, source positions, size bounds,
 * manifests, and the one isolation policy that turns one input's failure into its error row. May import model
 * only.
 */
package org.cxlint.ingest;
