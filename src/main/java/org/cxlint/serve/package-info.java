/**
 * cxlint serve: the HTTP service, its store (H2 or PostgreSQL, Flyway migrations), live scoring, metrics and
 * pages. A front layer: may import everything below it.
 */
package org.cxlint.serve;
