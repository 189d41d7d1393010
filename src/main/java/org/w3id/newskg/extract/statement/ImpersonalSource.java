package org.w3id.newskg.extract.statement;

import java.util.Locale;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.TokenRange;

/**
 * {@code impersonal-source}: "Die Halle bleibe geschlossen, hieß es.", "So glaubt man im Rathaus, …": an unnamed
 * source whose only words are an impersonal pronoun ({@code impersonal} in {@code function-words.tsv}: "es", "man")
 * stands for no one, so the statement keeps its unnamed source but shows no speaker's words. It runs after {@link
 * DocumentSource}, which gives "Im Bericht heißt es" the text the sentence names.
 */
final class ImpersonalSource implements Revision.EachDraft {
    static final String NAME = "impersonal-source";

    @Override public String name() { return NAME; }

    @Override
    public Draft revise(Context c, Draft d) {
        if (d.speaker() != null || d.speakerSpan() == null) return d;
        TokenRange r = c.doc.annotated().tokensWithin(d.speakerSpan());
        if (r.size() != 1 || !c.lex.is(WordClass.IMPERSONAL, c.tok(r.begin()).text().toLowerCase(Locale.ROOT))) return d;
        return d.speakerSpan(null).by(NAME);
    }
}
