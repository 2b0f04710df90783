/**
 * Rule definitions as data: packs, match: entries and their DRL template, overlays, the principle catalogue,
 * rewrites, the rule tester. Should import model, facts and nlp only (the tester's use of Linter and report
 * is the known exception, issue 12).
 */
package org.cxlint.rules;
