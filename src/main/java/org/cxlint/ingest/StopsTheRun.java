package org.cxlint.ingest;

/**
 * Marks an exception that is not one input's fault (broken rules, say): {@link Isolation} lets it end the
 * run instead of turning it into that input's error row. An interface here, so the isolation policy needs to
 * know no layer above it.
 */
public interface StopsTheRun {}
