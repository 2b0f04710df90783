/**
 * The .cxlint.yaml configuration: discovery, validation with file and line, rule selection and severity
 * overrides. Part of the run layer with the root package.
 */
package org.cxlint.config;
