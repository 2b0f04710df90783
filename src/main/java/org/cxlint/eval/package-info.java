/**
 * Reviewers' labels against findings: precision and recall per behaviour and rule with Wilson intervals. May
 * import model, engine and rules.
 */
package org.cxlint.eval;
