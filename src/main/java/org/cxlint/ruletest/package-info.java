/**
 * Runs every rule's examples through the whole pipeline (a flag case flags at its mark, a pass case does not,
 * a rewrite no longer flags). A front layer: may import everything below it.
 */
package org.cxlint.ruletest;
