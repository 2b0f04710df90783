/**
 * The run layer: {@link org.cxlint.Linter} (rules and CoreNLP loaded once, one transcript scored) and
 * {@link org.cxlint.Linters} (the per-process memo); the run API every front end drives is in
 * {@link org.cxlint.run}. May import every layer below; front ends sit above it.
 */
package org.cxlint;
