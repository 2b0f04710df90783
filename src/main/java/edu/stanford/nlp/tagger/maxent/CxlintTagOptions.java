package edu.stanford.nlp.tagger.maxent;

/**
 * cxlint's one look inside the tagger (it lives in CoreNLP's package because the fields are package-private):
 * the tags the tagger can choose among for a word, exactly as {@code TestSentence.stringTagsAt} offers them
 * to its sequence search. A word seen in training gets the tags it was seen with; an unknown word the
 * open-class tags; both deterministically expanded. The tagger never outputs any other tag for the word,
 * whatever the sentence, so {@code org.cxlint.nlp.Nlp} can tell from the word alone which lemmas it can
 * have. Written against CoreNLP 4.5.10; the equivalence test in the cxlint build checks it still holds.
 */
public final class CxlintTagOptions {
    private CxlintTagOptions() {}

    public static String[] possibleTags(MaxentTagger tagger, String word) {
        String w = tagger.wordFunction == null ? word : tagger.wordFunction.apply(word);
        int minWordsLockTags = tagger.config == null ? 1 : tagger.config.getMinWordsLockTags();
        int seen = tagger.dict.sum(w);
        String[] tags = seen == 0 || seen < minWordsLockTags ? tagger.tags.getOpenTagsArray() : tagger.dict.getTags(w);
        return tagger.tags.deterministicallyExpandTags(tags);
    }
}
