package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;

/**
 * The sieves of a quotation introduced by a sentence ending in a colon, in the same or the previous paragraph:
 * {@code colon-intro} (a speech verb of that sentence and its subject: "Die Ministerin sagte am Abend in Berlin:"),
 * {@code colon-intro-subject} (no speech verb: the person named last before the colon, "Die Antwort der Ministerin:"),
 * {@code colon-intro-anonymous} (a speech verb without a person: an unnamed source), {@code colon-intro-group} (no
 * speech verb, no person: the subject of the sentence is an unnamed source, "Die Firma hält die Kritik für unberechtigt:",
 * "Ein Sprecher der Feuerwehr:").
 */
final class ColonIntro implements SpeakerSieve {
    static final String NAME = "colon-intro";
    static final String SUBJECT = "colon-intro-subject";
    static final String ANONYMOUS = "colon-intro-anonymous";
    static final String GROUP = "colon-intro-group";
    /** A sentence without a verb before the colon ("Ein Sprecher der Feuerwehr:") is a speaker's label up to this many words. */
    private static final int LABEL_WORDS = 6;

    /** The sentence that ends in the colon before a quotation: the colon's offset and the words before it. */
    record Intro(Sentence sent, int colon, CharSpan window) {
        static Optional<Intro> of(Context c, Quote q) {
            String s = c.doc.text();
            int k = q.marked().begin() - 1;
            while (k >= 0 && Character.isWhitespace(s.charAt(k))) k--;
            if (k < 0 || s.charAt(k) != ':') return Optional.empty();
            final int colon = k;
            return c.doc.annotated().sentenceAt(k).map(sent -> new Intro(sent, colon, new CharSpan(sent.span().begin(), colon)));
        }
    }

    /** Which of the three: the verb and its subject, the person before the colon, or the verb alone. */
    enum Way { VERB, SUBJECT, ANONYMOUS, GROUP }

    private final Way way;

    ColonIntro(Way way) { this.way = way; }

    @Override public String name() { return switch (way) { case VERB -> NAME; case SUBJECT -> SUBJECT; case ANONYMOUS -> ANONYMOUS; case GROUP -> GROUP; }; }

    @Override
    public Optional<Draft> attribute(Context c, Quote q, Draft open) {
        Optional<Intro> found = Intro.of(c, q);
        if (found.isEmpty()) return Optional.empty();
        Sentence sent = found.get().sent();
        CharSpan window = found.get().window();
        switch (way) {
            case VERB -> {
                for (int v = sent.range().end() - 1; v >= sent.range().begin(); v--) {
                    if (!c.doc.verbs().speechVerbAt(v) || c.doc.verbs().negated(v, sent)) continue;
                    Optional<Attribution> s = c.subjects.near(v, window, open.words(), false);
                    if (s.isPresent()) return Optional.of(open.with(s.get()).cue(c.tok(v).span()).by(NAME));
                }
            }
            case SUBJECT -> {   // "…, so X:" or a sentence whose subject is a person: the person nearest the colon
                People.Ref last = null;
                for (People.Ref r : c.doc.people().refs())
                    if (window.covers(r.span()) && c.doc.isPerson(r) && !c.doc.insideQuote(r.span())) last = r;
                if (last != null) return Optional.of(open.with(c.subjects.person(last, open.words())).by(SUBJECT));
            }
            case ANONYMOUS -> {
                for (int v = sent.range().begin(); v < sent.range().end(); v++)
                    if (c.doc.verbs().speechVerbAt(v) && !c.doc.verbs().negated(v, sent))
                        return Optional.of(open.cue(c.tok(v).span()).undecidedSource(null, open.speakerSpan()).decided().by(ANONYMOUS));
            }
            case GROUP -> {
                Optional<Attribution> a = group(c, sent, found.get(), open.words());
                if (a.isPresent()) return Optional.of(open.with(a.get()).by(GROUP));
            }
        }
        return Optional.empty();
    }

    /**
     * The unnamed source of a colon sentence without a speech verb or a person: the subject of its first finite verb
     * ("Die Firma hält die Kritik für unberechtigt:"), or the whole sentence when it is a short noun phrase without a
     * verb ("Ein Sprecher der Feuerwehr:" — a title, a group or an organisation in it).
     */
    private static Optional<Attribution> group(Context c, Sentence sent, Intro intro, CharSpan words) {
        int colon = c.doc.tokenFrom(intro.colon(), -1);
        if (colon < 0) return Optional.empty();
        int b = sent.range().begin();
        for (int v = b; v < colon; v++) {
            if (c.doc.insideQuote(c.tok(v).span())) return Optional.empty();
            if (c.tok(v).isVerbal()) return c.subjects.near(v, intro.window(), words, false).filter(a -> a.speaker() == null);
        }
        if (colon - b > LABEL_WORDS || !(c.tok(b).is("DET") || c.tok(b).is("NOUN"))) return Optional.empty();
        for (int i = b; i < colon; i++) {   // the label names someone: a title, a group or an organisation ("Sprecher", "Anwohner")
            String w = c.tok(i).text();
            if (c.tok(i).is("NOUN") && (c.lex.title(w).isPresent() || c.lex.isGroupWord(w) || c.lex.isOrgHead(w)))
                return Optional.of(Attribution.unnamed(intro.window(), null));
        }
        return Optional.empty();
    }
}
