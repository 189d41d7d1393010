package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.extract.doc.PersonRef;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.EntityRef;

/**
 * The persons of clauses as the participant rules read them, from the article's person references by token
 * ({@link ArticleDoc#personRefsInTokens}): those of a clause with the antecedent of a relative clause, sources
 * ("laut X") and bylines or photo credits left out, the subject a clause borrows from its neighbour, the person
 * named last before a word. It takes the article; it gives entity references in text order. One per article.
 */
final class Persons {
    /** A credit cue is looked for this many characters before a name at most, back to the line start or a bracket. */
    static final int CREDIT_LOOKBACK = 200;
    /** A credit in brackets is shorter than this many characters: "(Foto: Jana Beispiel)". */
    static final int CREDIT_IN_BRACKETS = 30;
    /** A preposition governs a name at most this many words before it ("with the blessing of X"). */
    static final int PHRASE_WORDS = 4;
    /** A byline line is shorter than this many characters: "Von Jana Beispiel, Kiel". */
    static final int BYLINE_LINE = 90;

    private final ArticleDoc doc;
    /** The references in bylines and photo credits: the persons named there took part in nothing. */
    private final Set<People.Ref> credits = new LinkedHashSet<>();

    Persons(ArticleDoc doc) {
        this.doc = doc;
        for (PersonRef r : doc.personRefs()) if (credit(r.ref())) credits.add(r.ref());
    }

    /** Whether the reference stands in a byline or a photo credit. */
    boolean credited(People.Ref r) { return credits.contains(r); }

    /** The references to persons that start in tokens [from, to), credits left out. */
    List<PersonRef> named(int from, int to) { return doc.personRefsInTokens(from, to).stream().filter(r -> !credited(r.ref())).toList(); }

    /**
     * The persons of a clause, the antecedent of a relative clause included, sources and credits left out; with
     * {@code skipReporters}, only those after the last speech verb before the cue ("sagte X, Y habe Z getroffen").
     * A clause without a person of its own that opens with a verb borrows the subject of its neighbour.
     */
    List<EntityRef> ofClause(Clause c, int cue, boolean skipReporters) {
        List<EntityRef> out = new ArrayList<>();
        int from = c.from();
        if (skipReporters)
            for (int k = c.from(); k < cue; k++)
                if (doc.token(k).isVerbal() && doc.lex().speechVerb(doc.token(k).text()).isPresent()) from = k + 1;
        if (c.relative() && from == c.from()) {
            People.Ref ante = null;
            for (PersonRef r : named(c.previous(), c.from())) if (!doc.clauseOf(r.token()).inSource(r.token())) ante = r.ref();
            if (ante != null) out.add(ante.entity());
        }
        for (PersonRef r : named(Math.max(from, c.from()), c.to()))
            if (!c.inSource(r.token()) && !out.contains(r.entity())) out.add(r.entity());
        if (out.isEmpty() && !c.relative() && doc.token(c.from()).isVerbal()) borrowedSubject(c).ifPresent(out::add);
        return out;
    }

    /**
     * The persons of a clause besides {@code except} (sources and credits left out); with none, the subject a clause
     * that opens with a verb borrows from its neighbour ("Speaking after talks with Y, X said").
     */
    List<EntityRef> besides(Clause c, Collection<EntityRef> except) {
        List<EntityRef> out = new ArrayList<>();
        for (PersonRef r : named(c.from(), c.to()))
            if (!c.inSource(r.token()) && !except.contains(r.entity()) && !out.contains(r.entity())) out.add(r.entity());
        if (out.isEmpty() && !c.relative() && doc.token(c.from()).isVerbal()) borrowedSubject(c).filter(e -> !except.contains(e)).ifPresent(out::add);
        return out;
    }

    /** The persons of the clause named before the token: those of "Ihr Treffen mit X" who own the event. */
    List<EntityRef> before(Clause c, int token) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef r : ofClause(c, token, false)) if (firstToken(r, c) < token) out.add(r);
        return out;
    }

    /** The first token of a reference to the person in the clause, or {@link Integer#MAX_VALUE}. */
    private int firstToken(EntityRef e, Clause c) {
        for (PersonRef r : doc.personRefsInTokens(c.from(), c.to())) if (r.entity().equals(e)) return r.token();
        return Integer.MAX_VALUE;
    }

    /**
     * The subject of a clause that has none of its own, from its neighbour in the sentence: the clause after
     * an opening participle ("Speaking to reporters, X said"), the clause before a verb that opens its clause
     * ("X, acting for Y, met Z").
     */
    private Optional<EntityRef> borrowedSubject(Clause c) {
        Optional<Clause> before = doc.clauseBefore(c);
        Optional<Clause> other = before.isPresent() ? before : doc.clauseAfter(c);
        if (other.isEmpty()) return Optional.empty();
        for (PersonRef r : named(other.get().from(), other.get().to()))
            if (!other.get().inSource(r.token()) && !inPrepositionalPhrase(r.token(), other.get())) return Optional.of(r.entity());
        return Optional.empty();
    }

    /** A name a preposition governs is no subject: "acting with the blessing of X", "mit Unterstützung von X". */
    private boolean inPrepositionalPhrase(int token, Clause c) {
        for (int i = token - 1; i >= Math.max(c.from(), token - PHRASE_WORDS); i--) {
            var t = doc.token(i);
            if (t.is("ADP")) return true;
            if (!(t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.isPropn())) return false;
        }
        return false;
    }

    /** The person named last before the token in its sentence: the subject of "talks between himself and Y", of "X told Y". */
    Optional<EntityRef> subject(int token) {
        List<PersonRef> named = named(doc.sentenceOf(token).range().begin(), token);
        return named.isEmpty() ? Optional.empty() : Optional.of(named.getLast().entity());
    }

    /** A byline or photo credit: "Von Jana Beispiel", "Foto: Jana Beispiel", "Jana Beispiel/dpa", "(Image: …)". */
    private boolean credit(People.Ref r) {
        String s = doc.text();
        int end = r.span().end();
        if (end < s.length() && s.charAt(end) == '/') return true;
        int b = r.span().begin();
        // looking back at most CREDIT_LOOKBACK characters for the line start or a bracket keeps this linear on
        // long lines without breaks (issue 7: a 1 MB article hung here)
        int floor = Math.max(0, b - CREDIT_LOOKBACK), line = -1, paren = -1;
        for (int k = b - 1; k >= floor && line < 0; k--) {
            if (s.charAt(k) == '\n') line = k + 1;
            else if (s.charAt(k) == '(' && paren < 0) paren = k;
        }
        if (line < 0 && floor == 0) line = 0;
        if (line < 0 && paren < 0) return false;
        int from = Math.max(line, paren + 1);
        String before = s.substring(from, b).strip();
        if (before.isEmpty()) return false;
        String[] words = before.split("[\\s:]+");   // ":" alone splits into nothing
        if (words.length == 0) return false;
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!doc.lex().eventCues().is(Kind.CREDIT, first)) return false;
        int lineEnd = s.indexOf('\n', b);
        int lineLength = (lineEnd < 0 ? s.length() : lineEnd) - line;
        return before.contains(":") || paren >= line && before.length() < CREDIT_IN_BRACKETS
                || from == line && Character.isUpperCase(before.codePointAt(0)) && lineLength < BYLINE_LINE && !before.contains(".");
    }
}
