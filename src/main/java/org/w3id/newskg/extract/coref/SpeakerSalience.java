package org.w3id.newskg.extract.coref;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.w3id.newskg.extract.mention.PronounMention;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * The running speaker of a passage, for a pronoun that is the subject of a speech verb ("„…“, sagte er", "“…,” he
 * said", "He added that …"). Reporting goes on with its speaker, so such a pronoun stands for the person who spoke
 * or was the subject last — not for someone the speaker talked about: a person named inside a quotation, or inside
 * what was said ("Bürgermeister Jan Roth wies den Vorwurf zurück, die Stadt bevorzuge den Investor Tim Eck.
 * „Wir prüfen jedes Angebot“, sagte er." → Roth).
 *
 * <p>Takes the article's tokens, its quotations and which words are speech verbs; gives the person or nothing
 * (then the nearest agreeing person outside quotations stands, as for any pronoun).
 */
final class SpeakerSalience {
    /** The running speaker is looked for in the pronoun's sentence and this many sentences before it. */
    static final int REACH = 2;

    private final AnnotatedText text;
    private final List<CharSpan> quotes;
    private final Predicate<String> speech;

    /**
     * @param quotes the words of every quotation, in text order
     * @param speech whether a word is a form of a speech verb or an attribution word
     */
    SpeakerSalience(AnnotatedText text, List<CharSpan> quotes, Predicate<String> speech) {
        this.text = text;
        this.quotes = quotes;
        this.speech = speech;
    }

    /** Whether the span lies inside the words of a quotation. */
    boolean insideQuote(CharSpan span) {
        for (CharSpan q : quotes) {
            if (q.begin() > span.begin()) return false;
            if (q.covers(span)) return true;
        }
        return false;
    }

    /**
     * The pronoun stands outside quotations as the subject of a speech verb: right after it ("sagte er") or right
     * before it, perhaps with one adverb or auxiliary between ("he said", "she also warned", "er hat betont").
     */
    boolean speechSubject(PronounMention p) {
        return !insideQuote(p.mention().span()) && besideSpeech(p.mention().tokens().begin(), p.mention().tokens().end());
    }

    /**
     * The running speaker for a pronoun that is a speech verb's subject: the nearest person of agreeing gender before
     * it, outside quotations, within {@link #REACH} sentences, who is a speech verb's subject too or — in an earlier
     * sentence — the subject of that sentence (no verb before the name). In the pronoun's own sentence only a
     * speech verb's subject counts: a name at the start of a preposed clause is what was said ("As long as Governor
     * Tom Hale refuses …, the council will block the budget, he added").
     */
    Optional<EntityRef> speaker(People people, PronounMention p) {
        Optional<Sentence> here = text.sentenceAt(p.mention().span().begin());
        if (here.isEmpty()) return Optional.empty();
        int sentence = here.get().index();
        for (People.Ref r : people.personRefsBefore(p.mention().span().begin())) {
            Optional<Sentence> at = text.sentenceAt(r.span().begin());
            if (at.isEmpty() || at.get().index() < sentence - REACH) break;
            if (insideQuote(r.span()) || !people.get(r.entity()).gender().agreesWith(p.gender())) continue;
            org.w3id.newskg.model.TokenRange tr = text.tokensWithin(r.span());
            boolean speaker = besideSpeech(tr.begin(), tr.end()) || at.get().index() < sentence && subjectPosition(at.get(), r.span());
            if (speaker) return Optional.of(r.entity());
        }
        return Optional.empty();
    }

    /** A speech word right before the words [b, e) in their sentence, or right after them (one adverb or auxiliary may stand between). */
    private boolean besideSpeech(int b, int e) {
        if (b >= e || e > text.tokens().size()) return false;
        Sentence sent = text.sentenceOf(b);
        if (b > sent.range().begin() && speechWord(text.token(b - 1))) return true;
        if (e < sent.range().end() && speechWord(text.token(e))) return true;
        Token next = e < sent.range().end() ? text.token(e) : null;
        return next != null && (next.is("ADV") || next.is("AUX")) && e + 1 < sent.range().end() && speechWord(text.token(e + 1));
    }

    private boolean speechWord(Token t) { return (t.isVerbal() || t.is("ADP")) && speech.test(t.text()) && !insideQuote(t.span()); }

    /**
     * No verb outside quotations between the sentence's start and the span; a full stop the sentence splitter missed
     * ("verschwunden.Der Deutsche X ist …") starts the count again.
     */
    private boolean subjectPosition(Sentence sent, CharSpan span) {
        boolean verb = false;
        for (Token t : sent.tokens()) {
            if (t.span().begin() >= span.begin()) return !verb;
            if (t.isPunct() && !insideQuote(t.span()) && (t.text().startsWith(".") || t.text().startsWith("!") || t.text().startsWith("?"))) verb = false;
            else if (t.isVerbal() && !insideQuote(t.span())) verb = true;
        }
        return !verb;
    }
}
