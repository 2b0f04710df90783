/**
 * Readers from bytes to {@link org.cxlint.model.Transcript}s: format detection, decoding, roles, size bounds.
 * May import model only.
 */
package org.cxlint.ingest;
