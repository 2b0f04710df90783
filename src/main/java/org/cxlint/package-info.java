/**
 * The run layer: {@link org.cxlint.Linter} (rules and CoreNLP loaded once, one transcript scored),
 * {@link org.cxlint.Linters} (the per-process memo) and {@link org.cxlint.Judging} (waivers and verdicts, the
 * same for the CLI, the service and stored batches). May import every layer below; front ends sit above it.
 */
package org.cxlint;
