package org.cxlint.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.cxlint.model.Speaker;
import org.cxlint.model.Transcript;
import org.cxlint.model.Turn;

/** The only class that touches CoreNLP. One instance per JVM; annotate() is safe to call from many threads. */
public final class Nlp {
    private final StanfordCoreNLP pipeline;

    public Nlp() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.language", "en");
        // quotes=ascii: quote tokens read as " and ' whatever the typing; invertible keeps offsets exact
        props.setProperty("tokenize.options", "quotes=ascii,invertible=true,untokenizable=noneKeep");
        props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        this.pipeline = silently(() -> new StanfordCoreNLP(props));
    }

    public List<AnnotatedTurn> annotate(Transcript transcript) {
        List<AnnotatedTurn> out = new ArrayList<>(transcript.turns().size());
        int agentOrdinal = 0;
        for (Turn turn : transcript.turns()) {
            int ordinal = turn.speaker() == Speaker.AGENT ? agentOrdinal++ : -1;
            out.add(new AnnotatedTurn(turn, ordinal, sentences(turn.text())));
        }
        return out;
    }

    public List<Sentence> sentences(String text) {
        Annotation doc = new Annotation(TokenNormalizer.straightenQuotes(text));
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return out;
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                String next = i + 1 < labels.size() ? labels.get(i + 1).word() : null;
                String lemma = l.lemma() == null ? l.word() : l.lemma();
                tokens.add(new Token(i, l.word(), TokenNormalizer.norm(l.word(), next),
                        lemma.toLowerCase(Locale.ROOT), l.tag(), l.beginPosition(), l.endPosition()));
            }
            if (tokens.isEmpty()) continue;
            out.add(new Sentence(out.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
        return out;
    }

    /** CoreNLP prints model-loading chatter on stderr; a CLI's stderr is for the user's errors. */
    private static <T> T silently(java.util.function.Supplier<T> body) {
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
        return body.get();
    }
}
