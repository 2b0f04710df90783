/**
 * Readers for vendor speech-to-text and dataset JSON (AWS, Azure, Deepgram, AssemblyAI, Harper Valley, ABCD,
 * IBM Twitter). May import model and ingest.
 */
package org.cxlint.ingest.vendor;
