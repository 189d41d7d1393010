package org.w3id.newskg.extract.statement;

import java.util.Optional;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * The subject of a speech verb in a relative clause, for {@link Subjects}: the noun phrase or person the relative
 * pronoun stands for ("Tom Hale, who said …", "Mehrere Anwohner, die Bürgermeister X vorwerfen, …"), never a person
 * named further back or inside the clause.
 */
final class RelativeSubjects {
    private final ArticleDoc doc;
    private final People people;
    private final Subjects subjects;

    RelativeSubjects(ArticleDoc doc, Subjects subjects) {
        this.doc = doc;
        this.people = doc.people();
        this.subjects = subjects;
    }

    /**
     * "comments from a top official who claimed that …", "Tom Hale, who said …": the subject of an English verb
     * right after "who" is the noun phrase before it — its person, or an unnamed source — never a person named
     * further back.
     */
    Optional<Attribution> of(int v, CharSpan words) {
        if (doc.german()) return pluralRelativeSubject(v);
        int who = v - 1;   // "who warned", "who had warned"
        if (who > 0 && doc.token(who).isVerbal() && !doc.token(who).text().endsWith("ing")) who--;
        if (who < 1 || !doc.token(who).text().equalsIgnoreCase("who")) return Optional.empty();
        int head = who - 1;
        if (doc.token(head).text().equals(",")) head--;
        if (head < doc.sentenceOf(v).range().begin()) return Optional.empty();
        Optional<People.Ref> person = doc.personAt(head);
        if (person.isPresent()) return Optional.of(subjects.person(person.get(), words));
        if (!doc.token(head).is("NOUN")) return Optional.empty();
        int from = head;
        while (from > doc.sentenceOf(v).range().begin()) {
            Token t = doc.token(from - 1);
            if (!(t.is("ADJ") || t.is("NOUN") || t.isPropn() || t.is("DET") || t.is("NUM"))) break;
            from--;
            if (t.is("DET")) break;
        }
        return Optional.of(Attribution.unnamed(new CharSpan(doc.token(from).span().begin(), doc.token(head).span().end()), null));
    }

    /** A German relative clause is searched back from its verb this many words for its pronoun. */
    private static final int RELATIVE_CLAUSE_WORDS = 10;

    /**
     * "Mehrere Anwohner, die Bürgermeister X vorwerfen, er habe …": a verb in the plural at the end of a relative
     * clause opened by plural "die"/"welche" has that pronoun as its subject, not the one person named in the clause
     * (a name is singular); the speakers are the antecedent, a group (no person).
     */
    private Optional<Attribution> pluralRelativeSubject(int v) {
        Sentence sent = doc.sentenceOf(v);
        int finite = v + 1 < sent.range().end() && doc.token(v + 1).is("AUX") ? v + 1 : v;
        String f = doc.token(finite).text();
        if (!f.endsWith("en") || Character.isUpperCase(f.charAt(0))) return Optional.empty();
        int after = finite + 1;
        if (after < sent.range().end() && !doc.token(after).isPunct()) return Optional.empty();   // verb-final: a comma or the end follows
        int rel = v - 1;
        while (rel > sent.range().begin() && v - rel <= RELATIVE_CLAUSE_WORDS && !doc.token(rel).isPunct()) rel--;
        if (rel + 1 >= v || !doc.token(rel).text().equals(",")) return Optional.empty();
        String pronoun = doc.token(rel + 1).text().toLowerCase(java.util.Locale.ROOT);
        if (!(pronoun.equals("die") || pronoun.equals("welche")) || rel <= sent.range().begin()) return Optional.empty();
        boolean named = false;
        for (People.Ref r : people.personRefsBetween(doc.token(rel + 2).span().begin(), doc.token(v).span().begin())) named = true;
        if (!named) return Optional.empty();
        Token head = doc.token(rel - 1);
        // an extraposed clause ("Stimmen werden laut, die X vorwerfen, …"): the pronoun stands for the unnamed speakers
        if (!head.is("NOUN")) return Optional.of(Attribution.unnamed(doc.token(rel + 1).span(), null));
        int from = rel - 1;
        while (from > sent.range().begin()) {
            Token t = doc.token(from - 1);
            if (!(t.is("ADJ") || t.is("NOUN") || t.is("DET") || t.is("NUM"))) break;
            from--;
            if (t.is("DET")) break;
        }
        return Optional.of(Attribution.unnamed(new CharSpan(doc.token(from).span().begin(), head.span().end()), null));
    }
}
