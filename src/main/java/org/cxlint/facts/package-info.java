/**
 * What the rules reason about: phrase hits with their negated/quoted/hypothetical flags, turns, timing,
 * names, questions. May import model and nlp.
 */
package org.cxlint.facts;
