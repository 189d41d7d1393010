package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Clause shapes that name the subject of a speech verb where the nearest person is not it (error-patterns.md E), for
 * {@link Subjects}: a participle right after a name, a fronted subordinate clause before the main clause's subject,
 * a subject noun phrase that is no person although a person is named inside it, and the holder of a title that
 * belongs to someone else ("der Sprecher von X, Y").
 *
 * {@snippet :
 * clauses.nameBeforeParticiple(v);        // "an email from Governor Tom Hale saying: …" → Tom Hale
 * clauses.inSubordinateSegment(t);        // "As Ola Berg spoke, Tom Hale interrupted him, saying …": Berg's token → true
 * clauses.nounSubjectOver(person, v);     // "A letter to Mayor Jan Roth warned that …" → "A letter"
 * }
 */
final class ClauseSubjects {
    /** A noun phrase between a preposition and a name has at most this many words ("to Deputy Mayor Jan Roth"). */
    private static final int PHRASE_WORDS = Subjects.PHRASE_WORDS;
    /** An inserted relative clause has at most this many words. */
    private static final int INSERTION_WORDS = Subjects.INSERTION_WORDS;

    private final ArticleDoc doc;
    private final Lexicon lex;

    ClauseSubjects(ArticleDoc doc) {
        this.doc = doc;
        this.lex = doc.lex();
    }

    /**
     * "an email from Governor Tom Hale saying: …", "a message from captain Sam Lee saying that …", "with the mayor
     * saying …": an English -ing participle right after a person's name, with no comma between, has that person as
     * its subject (a reduced relative clause), not the subject of the sentence.
     */
    Optional<People.Ref> nameBeforeParticiple(int v) {
        if (doc.german() || v == 0) return Optional.empty();
        Token verb = doc.token(v);
        if (!verb.is("VERB") || !verb.text().endsWith("ing") || doc.sentenceOf(v - 1) != doc.sentenceOf(v)) return Optional.empty();
        return doc.personAt(v - 1).filter(r -> !doc.insideQuote(r.span()) && r.span().end() == doc.token(v - 1).span().end());
    }

    /**
     * "erklärte der Pressesprecher von Wladimir Orlow, Dmitrij Sorin", "said the spokesman of X, Y", "a lawyer for
     * Mayor X, Y, said": the person who owns the title is not its holder; the name in apposition after the comma is.
     */
    private static final java.util.Set<String> OWNER_PREPOSITIONS = java.util.Set.of("von", "of", "for");

    People.Ref titledApposition(People.Ref found, CharSpan window) {
        int b = doc.annotated().tokensWithin(found.span()).begin(), e = doc.annotated().tokensWithin(found.span()).end();
        if (b < 2 || e + 1 >= doc.size() || !doc.token(e).text().equals(",")) return found;
        int of = b - 1;   // "der Sprecher von Bürgermeisterin X, Y": the owner's own title may stand before the name
        while (of > 0 && b - of <= 2 && (lex.title(doc.token(of).text()).isPresent() || doc.token(of).is("ADJ") || doc.german() && doc.token(of).is("NOUN"))) of--;
        String owner = doc.token(of).text().toLowerCase(java.util.Locale.ROOT);   // "der Sprecher des Landrats X, Y": a genitive owns it too
        if (of < 1 || !OWNER_PREPOSITIONS.contains(owner) && !(doc.german() && lex.is(WordClass.GENITIVE_ARTICLE, owner))) return found;
        int title = of - 1;
        if (lex.title(doc.token(title).text()).isEmpty() && !(doc.token(title).is("NOUN") && !doc.german())) return found;
        Optional<People.Ref> holder = doc.personAt(e + 1).filter(r -> window.covers(r.span()) && !r.entity().equals(found.entity()));
        return holder.orElse(found);
    }

    /**
     * The token lies in a segment of its sentence that a subordinating conjunction opens, up to the next comma: a
     * fronted or inserted subordinate clause ("As Ola Berg tried to speak, Tom Hale cut in, saying …"), whose
     * subject is not the main clause's.
     */
    boolean inSubordinateSegment(int token) {
        Sentence sent = doc.sentenceOf(token);
        int b = token;
        while (b > sent.range().begin() && !doc.token(b - 1).text().equals(",")) b--;
        Token first = doc.token(b);
        return first.is("SCONJ") && !lex.is(WordClass.COMPLEMENTIZER, first.text());
    }

    /**
     * The subject noun phrase when the person nearest the verb stands inside it — "A letter to Mayor Jan Roth warned
     * that …", "Ein Brief an Bürgermeister Jan Roth warnt, …", "A source close to Tom Hale said" (a prepositional
     * phrase after the subject noun), "The
     * defence lawyer, who had questioned Tom Hale for hours, told the jury …" (a relative clause after it): the
     * speaker is that noun phrase, an unnamed source, not the person.
     *
     * @param person the person's words, before the verb
     * @param v      the speech verb
     */
    Optional<CharSpan> nounSubjectOver(CharSpan person, int v) {
        Sentence sent = doc.sentenceOf(v);
        int first = doc.tokenFrom(person.begin(), v), last = doc.tokenFrom(person.end(), v) - 1;
        if (first <= sent.range().begin() || last >= v) return Optional.empty();
        int close = v - 1;
        if (doc.token(close).text().equals(",") || doc.token(close).text().equals(")")) return afterInsertion(first, close, sent);
        for (int i = last + 1; i < v; i++) if (doc.token(i).isVerbal() || doc.token(i).isPunct()) return Optional.empty();
        int p = first - 1;   // the preposition before the name's noun phrase
        while (p > sent.range().begin() && first - p <= PHRASE_WORDS && phraseWord(doc.token(p)) && !genitiveAfterNoun(p, sent)) p--;
        Token prep = doc.token(p);
        // "Der Sprecher des Landrats X sagte": a genitive whose own title stands before the name ("Der Präsident des
        // Vereins X sagte" is X himself, the name in close apposition to the title)
        boolean genitive = genitiveAfterNoun(p, sent) && personTitle(doc.token(first - 1).text());
        if (!genitive && (!(prep.is("ADP") || prep.is("ADP+DET")) || lex.is(WordClass.SOURCE_PREPOSITION, prep.text()))) return Optional.empty();
        int head = p - 1;   // "A source close to X said": an adjective that governs the preposition
        if (head > sent.range().begin() && doc.token(head).is("ADJ") && doc.token(head - 1).is("NOUN")) head--;
        return subjectNounEndingAt(head, sent);
    }

    /** "The lawyer, who had questioned X, told …": the person inside a relative clause that closes right before the verb. */
    private Optional<CharSpan> afterInsertion(int person, int close, Sentence sent) {
        int open = relativeOpening(close, sent);
        if (open < 0 || open >= person) return Optional.empty();
        return subjectNounEndingAt(open - 1, sent);
    }

    /**
     * Whether the words lie inside a relative clause between commas (or brackets) that closes right before the verb:
     * "Ola Berg, who chairs the harbour board, made …" — the board is what the clause says, not the verb's subject.
     */
    boolean insideRelativeClause(CharSpan words, int v) {
        if (v == 0) return false;
        Sentence sent = doc.sentenceOf(v);
        int close = v - 1, open = relativeOpening(close, sent);
        return open >= 0 && doc.token(open).span().end() <= words.begin() && words.end() <= doc.token(close).span().begin();
    }

    /** The comma or bracket that opens a relative clause closed at {@code close}, or -1. */
    private int relativeOpening(int close, Sentence sent) {
        String c = doc.token(close).text();
        if (!c.equals(",") && !c.equals(")")) return -1;
        String opening = c.equals(")") ? "(" : ",";
        for (int i = close - 1; i >= Math.max(sent.range().begin(), close - INSERTION_WORDS); i--)
            if (doc.token(i).text().equals(opening))
                return i + 1 < close && lex.is(WordClass.RELATIVE, doc.token(i + 1).text()) ? i : -1;
        return -1;
    }

    /** A noun phrase from the sentence's start to a noun at {@code head} that names no person ("A letter", "Die Anwältin der Familie" is not). */
    private Optional<CharSpan> subjectNounEndingAt(int head, Sentence sent) {
        if (head < sent.range().begin() || !doc.token(head).is("NOUN") || doc.refAt(head).isPresent()) return Optional.empty();
        int b = head;
        while (b > sent.range().begin() && (doc.token(b - 1).is("DET") || doc.token(b - 1).is("ADJ") || doc.token(b - 1).is("NOUN") || doc.token(b - 1).is("NUM")
                || doc.token(b - 1).text().matches("(\\p{L}+)?['’]s"))) b--;   // "The club's lawyer"
        if (b != sent.range().begin()) return Optional.empty();
        for (int i = b; i <= head; i++) if (doc.refAt(i).isPresent()) return Optional.empty();
        return Optional.of(doc.span(b, head + 1));
    }

    /** A title of a person, also in the genitive ("Landrats", "Präsidenten"). */
    private boolean personTitle(String w) {
        return lex.title(w).isPresent() || w.length() > 4 && (lex.title(w.replaceFirst("(en|s|n)$", "")).isPresent());
    }

    /** A German genitive article right after a noun: "Sprecher des …", "Anwältin der …". */
    private boolean genitiveAfterNoun(int p, Sentence sent) {
        return doc.german() && p > sent.range().begin() && doc.token(p - 1).is("NOUN")
                && lex.is(WordClass.GENITIVE_ARTICLE, doc.token(p).text().toLowerCase(java.util.Locale.ROOT));
    }

    /** A word of the noun phrase between a preposition and a name: article, adjective, title, capitalised noun, hyphen. */
    private boolean phraseWord(Token t) {
        return t.is("DET") || t.is("ADJ") || lex.title(t.text()).isPresent() || (t.is("NOUN") || t.isPropn()) && t.isCapitalised() || t.text().equals("-");
    }

    /**
     * A person named as the possessor of a person's title right after it: "Lyndon's lawyer", "Mercer's wife", "Seidls Anwalt" (a
     * German genitive "s" the name's base lacks); "Putin's spokesman Dmitry Peskov" names the speaker after it.
     */
    boolean possessor(People.Ref r) {
        int last = doc.tokenFrom(r.span().end(), doc.size()) - 1;
        if (last < 0 || last + 1 >= doc.size()) return false;
        int noun = last + 1;
        String w = doc.token(last).text(), label = doc.people().get(r.entity()).label();
        boolean apostrophe = doc.token(noun).text().matches("['’]s?");   // "Lyndon" "'s"
        if (apostrophe) noun++;
        boolean genitive = w.matches(".+['’]s?") || apostrophe || doc.german() && w.endsWith("s") && !label.endsWith(w);
        if (!genitive || noun >= doc.size()) return false;
        while (noun + 1 < doc.size() && doc.token(noun).is("ADJ")) noun++;
        // a person's noun ("lawyer", "wife", "Anwalt"); "Rutte's message", "Merkels Rede" are the possessor's own words
        return doc.token(noun).is("NOUN") && doc.personAt(noun).isEmpty() && lex.title(doc.token(noun).text()).isPresent();
    }

    /**
     * "Die Bürger forderte er auf, …", "Dabei griff sie den Präsidenten an: …", "In einer Erklärung gab er an, …": in
     * a German main clause a personal pronoun in the nominative right after the finite verb (the speech verb or its
     * auxiliary, nothing between) is the subject; what stands before the verb is then an object or an adverbial. The
     * pronoun's token, when there is one ("es" aside: mostly an expletive).
     */
    Optional<Token> pronounAfterFinite(int v) {
        if (!doc.german()) return Optional.empty();
        Sentence sent = doc.sentenceOf(v);
        int finite = v;
        if (!doc.token(v).is("VERB") || v + 1 >= sent.range().end() || !doc.token(v + 1).is("PRON"))
            for (finite = v - 1; finite > sent.range().begin() && !doc.token(finite).is("AUX"); finite--)
                if (doc.token(finite).isPunct() || doc.token(finite).isVerbal()) return Optional.empty();
        if (finite <= sent.range().begin() || finite + 1 >= sent.range().end()) return Optional.empty();
        Token p = doc.token(finite + 1);
        boolean nominative = p.is("PRON") && lex.isNominativePronoun(p.text()) && !p.text().equalsIgnoreCase("es")
                && lex.pronoun(p.text()).stream().noneMatch(x -> x.grammaticalCase().equals("poss"));
        return nominative && !doc.insideQuote(p.span()) && !doc.token(finite - 1).isPunct() ? Optional.of(p) : Optional.empty();
    }

    /** An apposition after a name has at most this many words before the group word it names ("die agrarpolitische Sprecherin"). */
    private static final int APPOSITION_WORDS = 4;

    /**
     * "Olaf Renner, EU-Handelskommissar, sagte", "Jana Roth, die Sprecherin der Stadt, sagte": the group word stands in
     * an apposition to the person right before it (a comma, an article and adjectives between), so it is the person's
     * role, not another subject; no verb between the group and the verb.
     */
    boolean appositive(CharSpan person, CharSpan group, int v) {
        int comma = doc.tokenFrom(person.end(), -1), g = doc.tokenFrom(group.begin(), -1);
        if (comma < 0 || g < 0 || !doc.token(comma).text().equals(",") || g <= comma || g - comma > APPOSITION_WORDS) return false;
        for (int k = comma + 1; k < g; k++) if (!(doc.token(k).is("DET") || doc.token(k).is("ADJ") || doc.token(k).isPropn() || doc.token(k).text().equals("-"))) return false;
        for (int k = g; k < v; k++) if (doc.token(k).isVerbal()) return false;
        return true;
    }

    /**
     * "Tom Berger, Sprecher der Stadtwerke, sagte", "Ola Berg, head of the harbour board, said": the words lie in an
     * apposition between commas right after a person's name that closes right before the verb, no verb in it: they
     * name the person's role or organisation, not another subject.
     */
    boolean inAppositionOfPerson(CharSpan words, int v) {
        if (v < 2 || !doc.token(v - 1).text().equals(",")) return false;
        Sentence sent = doc.sentenceOf(v);
        int open = v - 2;
        while (open > sent.range().begin() && v - 1 - open <= INSERTION_WORDS && !doc.token(open).text().equals(",")) {
            if (doc.token(open).isVerbal()) return false;
            open--;
        }
        if (open <= sent.range().begin() || !doc.token(open).text().equals(",")) return false;
        if (words.begin() < doc.token(open).span().end() || words.end() > doc.token(v - 1).span().begin()) return false;
        int name = open - 1;
        return doc.personAt(name).filter(r -> r.span().end() == doc.token(name).span().end()).isPresent();
    }

    /** "X von der SPD-Fraktion", "X of the union": a word of the class {@code of} right after the person opens the group, no verb or comma between. */
    boolean affiliation(CharSpan person, CharSpan group) {
        int p = doc.tokenFrom(person.end(), -1);
        if (p < 0 || !lex.is(WordClass.OF, doc.token(p).text())) return false;
        for (int k = p + 1; k < doc.size() && doc.token(k).span().end() <= group.begin(); k++) {
            if (k - p > 4 || doc.token(k).isVerbal() || doc.token(k).text().equals(",")) return false;
        }
        return true;
    }


    /**
     * "Bürgermeisterin Jana Roth hatte Tom Kranz aufgefordert, …", "Die Anwälte haben der Richterin Eva Lang
     * vorgeworfen, …": in a German clause that ends in a speech verb taking an object and an infinitive or an
     * accusation (auffordern, bitten, vorwerfen), a name between the finite verb and that verb is its object when a
     * noun phrase stands before it in the clause, outside a prepositional phrase: that noun phrase is the subject.
     */
    boolean objectInMiddleField(CharSpan span, int v) {
        if (!doc.german() || !doc.verbs().verbAt(v).map(x -> x.takes(Lexicon.Frame.OBJ_INF) || x.takes(Lexicon.Frame.OBJ_OF)).orElse(false)) return false;
        Sentence sent = doc.sentenceOf(v);
        int first = doc.tokenFrom(span.begin(), -1);
        if (first <= sent.range().begin() || first >= v || doc.token(v).span().begin() < span.end()) return false;
        int finite = first - 1;   // the finite verb before the name, no comma between
        while (finite > sent.range().begin() && !doc.token(finite).isVerbal() && !doc.token(finite).text().equals(",")) finite--;
        if (!doc.token(finite).isVerbal() || finite == v) return false;
        boolean prepositional = false;
        for (int k = sent.range().begin(); k < finite; k++) {
            Token t = doc.token(k);
            if (t.isVerbal() || t.isPunct()) prepositional = false;
            else if (t.is("ADP") || t.is("ADP+DET")) prepositional = true;
            else if (!prepositional && (t.is("NOUN") || t.isPropn() || t.is("PRON") && lex.isNominativePronoun(t.text()))) return true;
        }
        return false;
    }

}
