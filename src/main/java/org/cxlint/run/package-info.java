/**
 * The run API every front end uses: {@link org.cxlint.run.Scoring} (score, waivers, gate, isolation of one
 * transcript) and {@link org.cxlint.run.Batch} (many files on a bounded pool, results in input order, the
 * run's totals). May import every layer below the front ends; never cli, bench, eval, serve or ruletest.
 */
package org.cxlint.run;
