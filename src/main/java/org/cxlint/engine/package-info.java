/**
 * Drools: compiles the DRL (hand-written and generated from match:) once, runs one bounded session per
 * transcript, collects findings. May import model, facts and rules.
 */
package org.cxlint.engine;
