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
            CharSpan words = complement(c, sent, frames.get(), a, end);
            if (words == null || words.isEmpty() || c.sofar.covered(words)) continue;
            Draft d = Draft.reported(words, NAME).cue(noun.span());
            CharSpan attribute = a > n + 1 ? new CharSpan(c.tok(n + 1).span().begin(), c.tok(a - 1).span().end()) : null;
            if (attribute != null && c.doc.people().refIn(attribute).isPresent()) d = c.subjects.named(d, attribute, c.on(Subjects.POSSESSIVE));
            int before = n - 1;
            while (before > b && c.tok(before).is("ADJ")) before--;
            if (!d.attributed() && before >= b) {   // "ihre Bereitschaft", "Adler' Vorwurf"
                Token det = c.tok(before);
                Optional<EntityRef> owner = c.subjects.possessor(det, sent);
                Optional<People.Ref> genitive = c.doc.people().refIn(det.span()).filter(r -> r.span().end() == det.span().end() && c.doc.isPerson(r));
                // "Governor X announced his readiness to …": the agreeing subject of the verb before is the owner
                Optional<Draft> bySubject = owner.isPresent() ? subjectOfVerb(c, sent, n, noun, words, d)
                        .filter(x -> x.speaker() != null && !x.speaker().equals(owner.get()) && c.subjects.possessiveAgrees(det, x.speaker())) : Optional.empty();
                if (bySubject.isPresent()) d = bySubject.get();
                else if (owner.isPresent()) d = d.with(Attribution.person(owner.get(), det.span()));
                else if (genitive.isPresent()) d = d.with(c.subjects.person(genitive.get(), words));
            }
            int np = n;
            while (np > b && (c.tok(np - 1).is("DET") || c.tok(np - 1).is("ADJ"))) np--;
            boolean inPrepositionalPhrase = np > b && c.tok(np - 1).upos().startsWith("ADP");   // "überrascht von der Nachricht, dass …"
            if (!d.attributed() && !inPrepositionalPhrase) d = subjectOfVerb(c, sent, n, noun, words, d).orElse(d);
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

    /** The noun's complement after its attribute: a dass-clause or zu-infinitive (German), a to-infinitive (English); null for none. */
    private static CharSpan complement(Context c, Sentence sent, Set<Frame> frames, int a, int end) {
        if (c.doc.german() && a + 1 < end && c.tok(a).text().equals(",")) {
            String w = c.tok(a + 1).text();
            if (frames.contains(Frame.THAT) && c.lex.is(WordClass.THAT, w) && a + 2 < end) return c.clauses.trim(a + 2, end, sent);
            if (frames.contains(Frame.INF) && !c.lex.is(WordClass.COMPLEMENTIZER, w) && !c.tok(a + 1).is("PRON")) {
                int z = a + 1;
                while (z < end - 1 && !c.tok(z).text().equals(",") && !(c.tok(z).text().equals("zu") && c.tok(z + 1).isVerbal()) && !c.clauses.fusedZuInfinitive(c.tok(z))) z++;
                if (z < end - 1 && !c.tok(z).text().equals(",")) {
                    int e = z + 1;
                    while (e < end && !c.tok(e).text().equals(",") && !c.tok(e).text().equals(".")) e++;
                    return c.clauses.trim(a + 1, e, sent);
                }
            }
        } else if (!c.doc.german() && frames.contains(Frame.INF) && a + 1 < end && c.tok(a).text().equalsIgnoreCase("to") && c.tok(a + 1).is("VERB")) {
            return c.clauses.trim(a, end, sent);
        }
        return null;
    }
}
