package org.w3id.newskg.extract.statement;

import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.extract.Lexicon.Frame;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code noun-complement}: a speech noun of speech-nouns.tsv with its complement (ANNOTATION.md: a non-finite
 * complement of a speech noun; opinion predicates): "Der Vorwurf von X, mit dem Bürgergeld Arbeitslosigkeit zu
 * subventionieren, …", "X bekundete ihre Bereitschaft, … zu …", "Sie ist der Meinung, dass …", "his promise to cut
 * taxes". The speaker is the person of the noun's von- or genitive attribute, its possessor ("ihre Bereitschaft",
 * "Adler' Vorwurf"), else the subject of the verb the noun depends on; without one it is no statement. German
 * dass-clauses and zu-infinitives, English to-infinitives (an English "that" after a noun is too often a relative
 * pronoun).
 */
final class NounComplement implements StatementRule {
    static final String NAME = "noun-complement";
    /** The noun's attribute ("von Friedrich Adler", "der Ministerin") has at most this many words. */
    private static final int ATTRIBUTE_WORDS = 6;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        boolean found = false;
        int b = sent.range().begin(), end = sent.range().end();
        for (int n = b; n < end - 2; n++) {
            Token noun = c.tok(n);
            if (!noun.is("NOUN") || c.doc.insideQuote(noun.span())) continue;
            Optional<Set<Frame>> frames = c.lex.speechNoun(noun.text());
            if (frames.isEmpty() || c.sofar.covered(noun.span())) continue;
            int a = n + 1;   // the noun's attribute: "von Friedrich Adler", "der Ministerin", "of the union"
            while (a < end && a <= n + ATTRIBUTE_WORDS && !c.tok(a).isPunct() && !c.tok(a).text().equalsIgnoreCase("to") && AttributionPhrase.npWord(c.tok(a))) a++;
            if (a > n + 1) a = afterApposition(c, a, end);   // "die Ankündigung ihres Trainers, Jan Beispiel, …"
            CharSpan words = complement(c, sent, frames.get(), a, end);
            if (words == null || words.isEmpty() || c.sofar.covered(words)) continue;
            // "widersprach dem Eindruck, der Konzern stehe vor dem Verkauf": a clause without "dass" is the content of the
            // noun's own speaker (its attribute or owner), never of the verb's subject, who may be rejecting it
            boolean bare = !c.lex.is(WordClass.COMPLEMENTIZER, c.tok(a + 1).text()) && !c.clauses.hasZuInfinitiveToEnd(a + 1, end)
                    && words.begin() == c.tok(a + 1).span().begin();
            Draft d = Draft.reported(words, NAME).cue(noun.span());
            CharSpan attribute = a > n + 1 ? new CharSpan(c.tok(n + 1).span().begin(), c.tok(a - 1).span().end()) : null;
            if (attribute != null && c.doc.people().refIn(attribute).isPresent()) d = c.subjects.named(d, attribute, c.on(Subjects.POSSESSIVE));
            // "die Warnung der Wärter, …", "der Vorwurf der Verteidigung, …": a genitive or von-attribute that names no
            // person is the source all the same, unnamed; the subject of the verb before the noun is not its speaker
            if (!d.attributed() && attribute != null && c.doc.german() && (c.lex.is(WordClass.GENITIVE_ARTICLE, c.tok(n + 1).text()) || c.lex.is(WordClass.OF, c.tok(n + 1).text())))
                d = d.with(Attribution.unnamed(attribute, null));
            int before = n - 1;
            while (before > b && c.tok(before).is("ADJ")) before--;
            if (!d.attributed() && before >= b) {   // "ihre Bereitschaft", "Adler' Vorwurf"
                Token det = c.tok(before);
                Optional<EntityRef> owner = c.subjects.possessor(det, sent);
                Optional<People.Ref> genitive = c.doc.people().refIn(det.span()).filter(r -> r.span().end() == det.span().end() && c.doc.isPerson(r));
                // "Governor X announced his readiness to …": the agreeing subject of the verb before is the owner
                Optional<Draft> bySubject = owner.isPresent() && !bare ? subjectOfVerb(c, sent, n, noun, words, d)
                        .filter(x -> x.speaker() != null && !x.speaker().equals(owner.get()) && c.subjects.possessiveAgrees(det, x.speaker())) : Optional.empty();
                if (bySubject.isPresent()) d = bySubject.get();
                else if (owner.isPresent()) d = d.with(Attribution.person(owner.get(), det.span()));
                else if (genitive.isPresent()) d = d.with(c.subjects.person(genitive.get(), words));
            }
            int np = n;
            while (np > b && (c.tok(np - 1).is("DET") || c.tok(np - 1).is("ADJ"))) np--;
            boolean inPrepositionalPhrase = np > b && c.tok(np - 1).upos().startsWith("ADP");   // "überrascht von der Nachricht, dass …"
            if (!d.attributed() && !inPrepositionalPhrase && !bare) d = subjectOfVerb(c, sent, n, noun, words, d).orElse(d);
            if (!d.attributed() || d.speaker() == null && !d.anonymous()) continue;
            c.sofar.addReported(d);
            found = true;
        }
        return found;
    }

    /** "X bekundete ihre Bereitschaft, …": the draft with the subject of the verb before the noun, if one is found. */
    private static Optional<Draft> subjectOfVerb(Context c, Sentence sent, int n, Token noun, CharSpan words, Draft d) {
        int b = sent.range().begin();
        for (int v = n - 1; v >= b; v--) {
            if (c.tok(v).text().equals(",")) break;
            if (c.tok(v).isVerbal() && !c.doc.verbs().negated(v, sent)) {
                Optional<Attribution> a = c.subjects.near(v, new CharSpan(sent.span().begin(), noun.span().begin()), words, false, words);
                if (a.isPresent()) return Optional.of(d.with(a.get()));
            }
        }
        return Optional.empty();
    }

    /** The Konjunktiv verb of a clause without "dass" stands within this many words of its start (verb second). */
    private static final int V2_REACH = 5;

    /**
     * "der Vorwurf der Verteidigung, das Gericht sei nicht legitim": a clause without "dass" after the comma, a main clause
     * in Konjunktiv — a subject (no question word, no relative pronoun) and its finite verb within a few words. It ends at
     * the next comma unless another Konjunktiv clause follows it ("…, die Grenzen würden geöffnet"); null for none.
     */
    private static CharSpan konjunktivClause(Context c, Sentence sent, int b, int end) {
        Token first = c.tok(b);
        if (c.lex.is(WordClass.COMPLEMENTIZER, first.text()) || c.clauses.relativeOpener(b) || !c.clauses.subjectStart(first)
                || c.doc.isQuoteMark(first)) return null;
        int verb = b + 1;
        while (verb < end && verb <= b + V2_REACH && !c.tok(verb).isPunct() && !c.tok(verb).isVerbal()) verb++;
        if (verb >= end || verb > b + V2_REACH || !c.tok(verb).isVerbal() || !c.doc.moods().hasKonjunktiv(verb, verb + 1)) return null;
        int e = verb + 1;
        while (e < end) {
            while (e < end && !c.tok(e).text().equals(",")) e++;
            int next = e + 1;
            while (next < end && !c.tok(next).text().equals(",")) next++;
            if (e >= end || !c.doc.moods().hasKonjunktiv(e + 1, next)) break;
            e = next;
        }
        return c.clauses.trim(b, e, sent);
    }

    /** Words of a person's name in an apposition after the noun's attribute. */
    private static final int APPOSITION_WORDS = 4;

    /**
     * "die Ankündigung ihres Trainers, Jan Beispiel, die Zusammenarbeit zu beenden": a person's name between commas
     * after the attribute belongs to it; the index after the closing comma's predecessor (the closing comma), else {@code a}.
     */
    private static int afterApposition(Context c, int a, int end) {
        if (a >= end || !c.tok(a).text().equals(",")) return a;
        int k = a + 1;
        while (k < end && k <= a + APPOSITION_WORDS && c.tok(k).isPropn()) k++;
        if (k == a + 1 || k >= end || !c.tok(k).text().equals(",")) return a;
        CharSpan name = new CharSpan(c.tok(a + 1).span().begin(), c.tok(k - 1).span().end());
        return c.doc.people().refIn(name).filter(c.doc::isPerson).isPresent() ? k : a;
    }

    /** The noun's complement after its attribute: a dass-clause or zu-infinitive (German), a to-infinitive (English); null for none. */
    private static CharSpan complement(Context c, Sentence sent, Set<Frame> frames, int a, int end) {
        if (c.doc.german() && a + 1 < end && c.tok(a).text().equals(",")) {
            String w = c.tok(a + 1).text();
            if (frames.contains(Frame.THAT) && c.lex.is(WordClass.THAT, w) && a + 2 < end) return c.clauses.trim(a + 2, end, sent);
            // "die Frage, ob …": an indirect question keeps its question word (ANNOTATION.md)
            if (frames.contains(Frame.WH) && c.lex.is(WordClass.COMPLEMENTIZER, w) && !c.lex.is(WordClass.THAT, w) && a + 2 < end)
                return c.clauses.trim(a + 1, end, sent);
            if (frames.contains(Frame.INF) && !c.lex.is(WordClass.COMPLEMENTIZER, w) && !c.tok(a + 1).is("PRON")) {
                int z = a + 1;
                while (z < end - 1 && !c.tok(z).text().equals(",") && !(c.tok(z).text().equals("zu") && c.tok(z + 1).isVerbal()) && !c.clauses.fusedZuInfinitive(c.tok(z))) z++;
                if (z < end - 1 && !c.tok(z).text().equals(",")) {
                    int e = z + 1;
                    while (e < end && !c.tok(e).text().equals(",") && !c.tok(e).text().equals(".")) e++;
                    return c.clauses.trim(a + 1, e, sent);
                }
            }
            if (frames.contains(Frame.THAT) || frames.contains(Frame.ZERO)) return konjunktivClause(c, sent, a + 1, end);
        } else if (!c.doc.german() && frames.contains(Frame.INF) && a + 1 < end && c.tok(a).text().equalsIgnoreCase("to") && c.tok(a + 1).is("VERB")) {
            return c.clauses.trim(a, end, sent);
        }
        return null;
    }
}
