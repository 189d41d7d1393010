package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Locale;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.TokenRange;

/**
 * {@code named-later}: "A senior official said … The official, deputy minister Martin Lévesque, added …": an unnamed
 * source with an indefinite article is the person named in apposition to the same noun with a definite article within
 * the next two sentences (ANNOTATION.md: "a senior official" when the passage names that official).
 */
final class NamedLater implements Revision.EachDraft {
    static final String NAME = "named-later";
    /** The apposition within this many sentences after the source … */
    private static final int SENTENCES = 2;
    /** … and the name within this many words after the noun's comma. */
    private static final int APPOSITION_WORDS = 6;

    @Override public String name() { return NAME; }

    @Override
    public Draft revise(Context c, Draft d) {
        if (d.speaker() != null || d.speakerSpan() == null) return d;
        TokenRange sr = c.doc.annotated().tokensWithin(d.speakerSpan());
        if (sr.end() - sr.begin() < 2 || !c.lex.isIndefinite(c.tok(sr.begin()).text())) return d;
        String head = nounStem(c.tok(sr.end() - 1).text());
        Sentence sent = c.doc.sentenceOf(sr.begin());
        int last = Math.min(c.doc.sentences().size() - 1, sent.index() + SENTENCES);
        int to = c.doc.sentences().get(last).range().end();
        for (int i = sr.end(); i < to - 2; i++) {
            if (!nounStem(c.tok(i).text()).equals(head) || !c.tok(i + 1).text().equals(",") || !c.tok(i - 1).is("DET") && !c.tok(i - 1).is("ADJ")
                    || c.lex.isIndefinite(c.tok(i - 1).text())) continue;
            CharSpan apposition = new CharSpan(c.tok(i + 1).span().end(), c.tok(Math.min(to - 1, i + APPOSITION_WORDS + 1)).span().end());
            List<People.Ref> named = c.doc.personRefsIn(apposition);
            if (!named.isEmpty()) return d.namedAs(named.getFirst().entity(), NAME);
        }
        return d;
    }

    /** A noun without its inflection ending: "Beamter" and "Beamte", "official" and "officials" share one. */
    static String nounStem(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("(en|er|e|n|r|s)$", "");
    }
}
