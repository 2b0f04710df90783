/**
 * The only package that touches CoreNLP: tokens, sentences, lemmas and the normalisation of contractions and
 * social markup. May import model.
 */
package org.cxlint.nlp;
