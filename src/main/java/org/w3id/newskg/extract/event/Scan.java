package org.w3id.newskg.extract.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.Token;

/**
 * What every event rule of one article reads and adds to, like the statement finder's {@code Context}: the article
 * ({@link ArticleDoc}), the event cues of its language, the places as written ({@link PlaceFinder}), the persons of
 * clauses ({@link Persons}) and their sides ({@link Sides}), the mentions found so far, the events they form ({@link
 * EventClusterer}) and what the words say of them ({@link Figures}). It takes the article and what the event finder
 * shares between articles (gazetteer, the readers of durations and formats); it gives the rules small look-ups
 * (negation, requests, hyphens, headlines). One per article: the event finder's only mutable state.
 */
final class Scan {
    /** A request cue this many tokens before an event noun makes the event one asked for ("forderte ein rasches Treffen"). */
    static final int REQUEST_WINDOW = 5;

    final ArticleDoc doc;
    final Lexicon lex;
    final EventCues cues;
    final List<Token> toks;
    final PlaceFinder places;
    final Persons persons;
    final Sides sides;
    final Figures figures;
    /** The mentions found so far: nouns in text order, then what verbs add; sorted by token before the events are formed. */
    final List<Mention> mentions = new ArrayList<>();
    final EventClusterer events;

    Scan(ArticleDoc doc, Gazetteer gazetteer, Durations durations, Formats formats) {
        this.doc = doc;
        this.lex = doc.lex();
        this.cues = lex.eventCues();
        this.toks = doc.tokens();
        this.places = new PlaceFinder(doc, gazetteer);
        this.persons = new Persons(doc);
        this.sides = new Sides(doc, gazetteer);
        Optional<LocalDate> published = When.published(doc.annotated().article().meta().datePublished());
        this.figures = new Figures(this, durations, formats, published);
        this.events = new EventClusterer(doc);
    }

    Token tok(int i) { return toks.get(i); }

    boolean english() { return lex.lang().equals("en"); }

    /** A negation in the clause ("nicht", "never"); "no" before a noun negates the noun, not the clause ("no talks"). */
    boolean negated(Clause c) {
        for (int k = c.from(); k < c.to(); k++) {
            String w = tok(k).text();
            if (!cues.is(Kind.NEGATION, w)) continue;
            boolean determiner = cues.valueOf(Kind.NEGATION, w).filter("determiner"::equals).isPresent();
            if (!(determiner && k + 1 < c.to() && tok(k + 1).is("NOUN"))) return true;
        }
        return false;
    }

    /**
     * Whether the word introduces the persons who meet at an event of the type ("mit", "with"; "gegen",
     * "against" only after a trial, an election or a match, as the {@code with} cue's value lists them). With a
     * null type, only the cues for every event ("sprach mit X").
     */
    boolean with(String word, String type) {
        return cues.cue(Kind.WITH, word).map(c -> c.value().equals("-") || type != null && List.of(c.value().split(",")).contains(type)).orElse(false);
    }

    /** "forderte ein Gespräch", "called for an urgent meeting": an event asked for has not taken place. */
    boolean requested(int token) {
        Clause c = doc.clauseOf(token);
        for (int i = token - 1; i >= Math.max(c.from(), token - REQUEST_WINDOW); i--) {
            if (cues.is(Kind.REQUEST, tok(i).text()) || cues.is(Kind.REQUEST, tok(i).lemma())) return true;
            int n = cues.phraseAt(Kind.REQUEST, toks, i);
            if (n > 1 && i + n <= token) return true;
        }
        return false;
    }

    /** A hyphen inside a word, or the part before it: "EU" and "-" in "EU-Gipfel" as tokens. */
    boolean hyphenPart(int i) {
        Token t = tok(i);
        if (i > 0 && t.text().matches("-\\p{L}+") && tok(i - 1).adjoins(t)) return true;   // "two-hour" as "two" "-hour"
        return i + 1 < toks.size() && t.adjoins(tok(i + 1)) && (t.text().equals("-") || tok(i + 1).text().equals("-") || tok(i + 1).text().matches("-\\p{L}+"));
    }

    /** The sentences read as headlines here: short and without final punctuation ({@link ArticleDoc#shortUnpunctuated}). */
    boolean headline(int token) { return doc.shortUnpunctuated(doc.sentenceOf(token)); }
}
