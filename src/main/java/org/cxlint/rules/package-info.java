/**
 * Rule definitions as data: packs, match: entries and their DRL template, overlays, the principle catalogue,
 * rewrites. May import model, ingest (to parse examples), nlp and facts.
 */
package org.cxlint.rules;
