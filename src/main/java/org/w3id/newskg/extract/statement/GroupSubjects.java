package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * A group or an unnamed source as the subject of a speech verb, for {@link Subjects}: "Quellen zufolge", "sagte ein
 * Polizeisprecher", "the ministry said", and whether such a group governs a person named after it ("Kreise um X").
 */
final class GroupSubjects {
    private final ArticleDoc doc;
    private final Lexicon lex;
    private final People people;
    private final Subjects subjects;
    private final ClauseSubjects clauses;

    GroupSubjects(ArticleDoc doc, Subjects subjects) {
        this.doc = doc;
        this.lex = doc.lex();
        this.people = doc.people();
        this.subjects = subjects;
        this.clauses = new ClauseSubjects(doc);
    }

    /** "source close to X", "Kreise um X", "aides of X": only a preposition and a few words between group and person. */
    boolean governs(CharSpan group, CharSpan person) {
        List<Token> between = doc.annotated().tokens(doc.annotated().tokensWithin(new CharSpan(group.end(), person.begin())));
        return between.size() <= 4 && between.stream().anyMatch(t -> t.is("ADP") || t.is("ADP+DET"))
                && between.stream().noneMatch(t -> t.isVerbal() || t.isPunct());
    }

    /** A group or unnamed source next to the verb: "Quellen zufolge", "a spokesman said", "the ministry said". */
    Optional<CharSpan> near(int v, CharSpan window, CharSpan exclude) {
        Sentence sent = doc.sentenceOf(v);
        for (int i = Math.max(sent.range().begin(), v - 4); i < Math.min(sent.range().end(), v + 5); i++) {
            Token t = doc.token(i);
            if (!window.covers(t.span()) || exclude != null && exclude.overlaps(t.span())) continue;
            boolean impersonal = t.is("PRON") && lex.is(WordClass.IMPERSONAL_SUBJECT, t.text()) && subjects.clauseMate(t.span(), v);
            if (impersonal) return Optional.of(t.span());   // "ist man der Meinung, dass …": no one named, an unnamed source
            if ((t.is("NOUN") || t.isPropn()) && (lex.isGroupWord(t) || indefiniteTitle(i)) && subjects.clauseMate(t.span(), v)) {
                if (i + 1 < doc.size() && doc.personAt(i + 1).isPresent() && doc.personAt(i).isEmpty()) continue;   // "said analyst Tom Reid": a title before a name names the person
                if (i + 2 < doc.size() && lex.title(doc.token(i + 1).text()).isPresent() && doc.personAt(i + 2).isPresent() && doc.personAt(i).isEmpty())
                    continue;   // "said defence lawyer Tom Hadley": the group word is part of the title
                int b = i;
                while (b > sent.range().begin() && (doc.token(b - 1).is("DET") || doc.token(b - 1).is("ADJ"))) b--;
                if (b > sent.range().begin() && doc.token(b - 1).isPropn() && people.refIn(doc.token(b - 1).span()).filter(doc::isPerson).isPresent())
                    continue;   // "sagte Tom Novak der Zeitung": the group after a name is the addressee
                if (b > sent.range().begin() && lex.is(WordClass.GENITIVE_ARTICLE, doc.token(b).text().toLowerCase(java.util.Locale.ROOT))
                        && doc.personAt(b - 1).isPresent()) continue;   // "Der Präsident des Gerichts": the group owns the person's title
                CharSpan group = new CharSpan(doc.token(b).span().begin(), t.span().end());
                if (subjects.phrase().objectCase(group) || subjects.inPrepositionalPhrase(group)) continue;   // "unter Verweis auf die Koalition": no subject
                if (clauses.insideRelativeClause(group, v)) continue;   // "X, who chairs the board, said": the board is no subject
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /**
     * "sagte ein Polizeisprecher", "sagte eine Nachbarin", "one analyst said": a title or role after an indefinite
     * article (adjectives between) and before no name is an unnamed source, as "officials" is.
     */
    private boolean indefiniteTitle(int i) {
        Token t = doc.token(i);
        if (!t.is("NOUN") || lex.title(t.text()).isEmpty()) return false;
        if (i + 1 < doc.size() && doc.token(i + 1).isPropn()) return false;   // "ein Sprecher Tom Novak": named
        int d = i - 1;
        while (d >= 0 && doc.token(d).is("ADJ")) d--;
        return d >= 0 && d < i && (lex.isIndefinite(doc.token(d).text()) || doc.token(d).text().equalsIgnoreCase("one"));
    }
}
