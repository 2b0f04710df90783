/**
 * The transcript as cxlint reads it: turns, speakers, roles, metadata, waivers. Bottom layer: imports nothing
 * of cxlint.
 */
package org.cxlint.model;
