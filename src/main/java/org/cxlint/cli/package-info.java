/**
 * The picocli command line: score, check, rules, eval, bench and their options. Top layer: may import every
 * package below it.
 */
package org.cxlint.cli;
