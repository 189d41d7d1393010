package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * The words that stand for a speech verb's subject when the sieves found no person, organisation or group for it:
 * a noun phrase in the subject's place ("teilte die Feuerwehr mit", "Die Feuerwehr teilte mit"), a role with a name
 * in apposition, the circle the words come from, a pronoun. The noun phrases are {@link SourcePhrase}'s.
 */
final class UnnamedSubject {
    private final SourcePhrase phrase;
    private final AnnotatedText text;
    private final List<Token> toks;
    private final Lexicon lex;

    UnnamedSubject(SourcePhrase phrase, ArticleDoc doc) {
        this.phrase = phrase;
        this.text = doc.annotated();
        this.toks = text.tokens();
        this.lex = doc.lex();
    }

    /**
     * The subject of a speech verb when no person, organisation or group was found for it: the noun phrase right after
     * the verb ("teilte die Feuerwehr mit") or the one that opens its clause ("Die Feuerwehr teilte mit"), outside the
     * statement and not in the object case.
     */
    Optional<CharSpan> subjectOf(int verb, CharSpan statement) {
        Sentence sent = text.sentenceOf(verb);
        int end = sent.range().end();
        int after = phrase.nounPhraseEnd(verb + 1, end);
        if (phrase.subjectMayFollow(verb) && after > verb + 1 && accepted(verb + 1, after, statement)) return Optional.of(phrase.span(verb + 1, after));
        int start = verb;
        while (start > sent.range().begin() && (!toks.get(start - 1).isPunct() || phrase.quoteMark(toks.get(start - 1)) || phrase.ordinal(start - 1))) start--;   // „Hagener Rundschau“ berichtete, "am 25. Mai"
        if (start < verb && toks.get(start).is("SCONJ")) start++;   // "Nachdem die Anwältin dem Richter mitgeteilt hatte, …"
        int np = phrase.nounPhraseEnd(start, verb);
        if (np > start && np <= verb && accepted(start, np, statement)) return Optional.of(phrase.span(start, np));
        // "Vor kurzem hatte ein Sprecher erklärt, …": the noun phrase right after the finite auxiliary of the verb's clause
        int aux = verb - 1;
        while (aux > sent.range().begin() && !toks.get(aux).isVerbal() && !toks.get(aux).isPunct()) aux--;
        if (aux > sent.range().begin() && toks.get(aux).is("AUX")) {
            int mid = phrase.nounPhraseEnd(aux + 1, verb);
            if (mid > aux + 1 && accepted(aux + 1, mid, statement)) return Optional.of(phrase.span(aux + 1, mid));
        }
        Optional<CharSpan> role = roleAndNameBefore(verb, sent.range().begin(), statement);
        if (role.isPresent()) return role;
        // "Aus Vereinskreisen verlautete, dass …": the circle the words come from, opening the clause right before the verb
        if (lex.is(WordClass.SOURCE_OF, toks.get(start).text().toLowerCase(Locale.ROOT)) && phrase.nounPhraseEnd(start + 1, verb) == verb && verb > start + 1
                && accepted(start + 1, verb, statement)) return Optional.of(phrase.span(start, verb));
        // "Diese bestätigte, dass …", "bestätigte diese": a pronoun that names no one the rules could resolve still stands for the speaker
        if (start + 1 == verb && subjectPronoun(start, statement)) return Optional.of(phrase.span(start, start + 1));
        if (phrase.subjectMayFollow(verb) && verb + 1 < end && subjectPronoun(verb + 1, statement)) return Optional.of(phrase.span(verb + 1, verb + 2));
        return Optional.empty();
    }

    /**
     * "Der Sprecher des Hilfswerks, Tomas Pirelli, teilte mit, …": a role opening the sentence and a name in apposition
     * between commas right before the verb, when the name is no person the rules know: the role and the name.
     */
    private Optional<CharSpan> roleAndNameBefore(int verb, int sentBegin, CharSpan statement) {
        if (verb - 4 < sentBegin || !toks.get(verb - 1).text().equals(",")) return Optional.empty();
        int name = verb - 1;
        while (name > sentBegin && verb - 1 - name < 4 && toks.get(name - 1).isPropn()) name--;
        if (name == verb - 1 || name - 1 <= sentBegin || !toks.get(name - 1).text().equals(",")) return Optional.empty();
        int np = phrase.nounPhraseEnd(sentBegin, name - 1);
        boolean role = IntStream.range(sentBegin, np).anyMatch(j -> phrase.role(toks.get(j)));
        return np == name - 1 && role && accepted(sentBegin, verb - 1, statement) ? Optional.of(phrase.span(sentBegin, verb - 1)) : Optional.empty();
    }

    /** A pronoun in the nominative at {@code i} ("er", "diese"), outside the statement. */
    private boolean subjectPronoun(int i, CharSpan statement) {
        return (toks.get(i).is("PRON") || toks.get(i).is("DET")) && !phrase.span(i, i + 1).overlaps(statement)
                && lex.isNominativePronoun(toks.get(i).text());
    }

    private boolean accepted(int b, int e, CharSpan statement) {
        CharSpan sp = phrase.span(b, e);
        return !sp.overlaps(statement) && IntStream.range(b, e).anyMatch(j -> SourcePhrase.noun(toks.get(j))) && !phrase.objectCase(sp)
                && !lex.is(WordClass.PREPOSITION, toks.get(b).text())   // "Angesichts der Lage" (the tagger's noun) is no subject
                && !lex.is(WordClass.ADVERB, toks.get(b).text()) && !lex.is(WordClass.TIME_ADVERB, toks.get(b).text());   // nor "Unterdessen", "today"
    }
}
