package org.w3id.newskg.extract.statement;

import java.util.Optional;
import java.util.stream.IntStream;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code document-source}: "Im Bericht der Stadt heißt es, …", "In einer Mitteilung des Vereins wurde bestätigt,
 * dass …", "Auf der Webseite heißt es: „…“": a statement without a speaker — the impersonal "es" of "heißt es", or a
 * passive speech verb without an agent — is said in the text the sentence names after "in"/"im"/"auf"; that text
 * ({@code document-nouns.tsv}, the preposition left out) is the source's words. No person is given.
 */
final class DocumentSource implements Revision.EachDraft {
    static final String NAME = "document-source";

    @Override public String name() { return NAME; }

    @Override
    public Draft revise(Context c, Draft d) {
        if (d.speaker() != null || d.cue() == null || !(impersonal(c, d) || d.speakerSpan() == null && d.rule().contains("+" + Context.PASSIVE))) return d;
        Optional<Token> cue = c.doc.annotated().firstTokenFrom(d.cue().begin());
        if (cue.isEmpty()) return d;
        return document(c, cue.get().index(), d.words()).map(text -> d.speakerSpan(text).by(NAME)).orElse(d);
    }

    /** The speaker's words are the "es" of "heißt es", "hieß es". */
    private static boolean impersonal(Context c, Draft d) {
        return d.speakerSpan() != null && d.speakerSpan().in(c.doc.text()).equalsIgnoreCase(c.doc.german() ? "es" : "it");
    }

    /** The text named after "in"/"auf" nearest to the verb in its sentence, outside the statement's words. */
    private static Optional<CharSpan> document(Context c, int verb, CharSpan words) {
        Sentence sent = c.doc.sentenceOf(verb);
        CharSpan best = null;
        int bestDist = Integer.MAX_VALUE;
        for (int i = sent.range().begin(); i < sent.range().end() - 1; i++) {
            Token p = c.tok(i);
            if (!c.lex.is(WordClass.WRITTEN_IN, p.text()) || words.overlaps(p.span()) || c.doc.insideQuote(p.span())) continue;
            int end = c.subjects.phrase().nounPhraseEnd(i + 1, sent.range().end());
            if (end <= i + 1 || IntStream.range(i + 1, end).noneMatch(j -> c.tok(j).is("NOUN") && c.lex.isDocumentNoun(c.tok(j).text()))) continue;
            CharSpan np = new CharSpan(c.tok(i + 1).span().begin(), c.tok(end - 1).span().end());
            if (np.overlaps(words)) continue;
            int dist = Math.abs(i - verb);
            if (dist < bestDist) { best = np; bestDist = dist; }
        }
        return Optional.ofNullable(best);
    }
}
