package org.w3id.newskg.extract.statement;

import org.w3id.newskg.extract.Lexicon.Frame;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.extract.Lexicon.VerbType;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code zero-clause}: a clause without complementizer after the speech verb. German: after a comma, in Konjunktiv
 * ("sagte X, die Lage sei ernst"; an opinion verb also in the indicative). English: a noun phrase and a finite verb
 * after the verb and perhaps a time or place ("said the deal was dead", "said on Sunday it would …").
 */
final class ZeroClause implements VerbComplement {
    static final String NAME = "zero-clause";
    /** German: the comma that opens the clause within this many words of the verb. */
    private static final int COMMA_REACH = 8;
    /** English: the clause's finite verb within this many words of its first. */
    private static final int VERB_REACH = 12;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent, int v, SpeechVerb verb) {
        if (!verb.takes(Frame.ZERO) && !verb.takes(Frame.THAT)) return false;
        return c.doc.german() ? german(c, sent, v, verb) : english(c, sent, v, verb);
    }

    private boolean german(Context c, Sentence sent, int v, SpeechVerb verb) {
        int end = sent.range().end();
        int particle = c.clauses.separatedParticle(v, verb, end), from = particle > 0 ? particle : v;
        int i = from + 1, reach = from + COMMA_REACH;
        while (i < end && !c.tok(i).text().equals(",") && i < reach) {
            int name = c.clauses.afterQuotedName(i, end);   // "meldete die Agentur „Ostwind“, …": a quoted name in the subject
            if (name > i) { reach += name - i; i = name; continue; }
            if (c.doc.isQuoteMark(c.tok(i)) || c.tok(i).text().equals(":")) return false;
            i++;
        }
        if (i >= end - 1 || !c.tok(i).text().equals(",")) return false;
        // a Konjunktiv in the verb's own clause: the verb is itself reported ("Russland habe seine Positionen
        // bestätigt, die USA hätten …"), a clause after it only when it is nested in a reported clause ("X sagte,
        // Novak habe erklärt, der Plan sei gut"); ", sagte Nagelsmann, sie sei …" opens a clause of its own
        int clauseStart = v;
        while (clauseStart > sent.range().begin() && !c.tok(clauseStart - 1).text().equals(",")) clauseStart--;
        final int verbToken = v;
        if (c.doc.moods().hasKonjunktiv(clauseStart, v) && c.sofar.reported().stream().noneMatch(r -> r.words().covers(c.tok(verbToken).span()))) return false;
        int b = i + 1;
        if (c.clauses.deniedClaim(v, b, verb.lemma())) return false;
        if (c.lex.is(WordClass.COMPLEMENTIZER, c.tok(b).text()) || c.doc.isQuoteMark(c.tok(b)) && c.clauses.afterQuotedSubject(b, end) < 0) return false;
        if (c.tok(b).text().equalsIgnoreCase("zu") && !prepositionZu(c, b, end) || c.tok(b).isVerbal()) return false;
        if (c.clauses.relativeOpener(b)) return false;   // "lobte Stürmer X, der beide Tore erzielt hatte": a relative clause on the object
        int clauseEnd = b;
        while (clauseEnd < end && !c.tok(clauseEnd).text().equals(",")) clauseEnd++;
        // "rief auf, X zu tun" is the infinitive rule's; "sie sei darauf ausgelegt, … zu können" is a clause
        if (c.clauses.hasZuInfinitive(b, end) && !c.doc.moods().hasKonjunktiv(b, clauseEnd)) return false;
        // "Anwohner, die X vorwerfen, er habe …, haben eine Petition gestartet": after a relative clause the main
        // clause resumes with its verb after a comma, and the reported clause ends there
        int stop = end;
        if (inRelativeClause(c, sent, v))
            for (int k = b + 1; k < end - 1; k++) if (c.tok(k).text().equals(",") && c.tok(k + 1).isVerbal()) { stop = k; break; }
        CharSpan part = c.clauses.trim(b, stop, sent);
        var in = c.doc.annotated().tokensWithin(part);
        if (!c.doc.moods().hasKonjunktiv(in.begin(), in.end()) && verb.type() != VerbType.OPINION && !mainClause(c, verb, b, clauseEnd, b == v + 2)) return false;
        c.report(part, v, sent, NAME);
        return true;
    }

    /**
     * "sagte, zu der Maßnahme gebe es keine Alternative": a clause may open with the preposition "zu" before its noun
     * phrase (an article, a pronoun, a noun or a name, a number); "zu" before a verb is an infinitive's.
     */
    private static boolean prepositionZu(Context c, int b, int end) {
        if (b + 1 >= end) return false;
        Token n = c.tok(b + 1);
        return n.is("DET") || n.is("PRON") || n.is("NOUN") || n.isPropn() || n.is("NUM");
    }

    /** German: the finite verb of a main clause within this many words of its start (verb second). */
    private static final int V2_REACH = 4;

    /**
     * "Ein Sprecher sagte, die Ermittlungen dauern an": a verb of saying that takes a clause without "dass", and after
     * the comma a main clause in the indicative — a subject (no relative pronoun, no verb first) and its finite verb
     * within a few words, with words after it. A relative or subordinate clause has its verb at the end; right after
     * the speech verb's comma ({@code rightAfterVerb}) none can stand, and a longer subject may come first.
     */
    private static boolean mainClause(Context c, SpeechVerb verb, int b, int clauseEnd, boolean rightAfterVerb) {
        if (!verb.takes(Frame.ZERO) || verb.type() != VerbType.SPEECH && verb.type() != VerbType.WRITING) return false;
        Token first = c.tok(b);
        if (!c.clauses.subjectStart(first) || first.is("PRON") && RELATIVE.contains(first.text().toLowerCase(java.util.Locale.ROOT))) return false;
        int reach = rightAfterVerb ? V2_REACH + SUBJECT_ATTRIBUTE_WORDS : V2_REACH;
        for (int k = b + 1; k < Math.min(clauseEnd, b + reach + 1); k++) {
            Token t = c.tok(k);
            if (t.isPunct() || c.doc.insideQuote(t.span())) return false;
            if (!t.isVerbal()) continue;
            if (c.tok(k - 1).text().equalsIgnoreCase("zu")) return false;
            // "sagte, die Gespräche mit der Stadt liefen (gut).": right after the speech verb and its comma no relative
            // clause can stand (it would follow a noun), so a subject with its attribute, then the verb, is a main clause
            return k + 1 < c.doc.size() && !c.tok(k + 1).isPunct() && k < b + V2_REACH + 1 || rightAfterVerb && subjectPhrase(c, b, k);
        }
        return false;
    }

    /** Words a subject's attribute adds before the verb right after the speech verb ("die Gespräche mit der Stadt"). */
    private static final int SUBJECT_ATTRIBUTE_WORDS = 4;

    /** Tokens [b, k) are one subject noun phrase: article, adjectives, nouns, and a prepositional attribute. */
    private static boolean subjectPhrase(Context c, int b, int k) {
        for (int i = b; i < k; i++) {
            Token t = c.tok(i);
            if (!(t.is("DET") || t.is("ADJ") || t.is("NUM") || t.is("NOUN") || t.isPropn() || t.is("ADP") || t.upos().equals("ADP+DET"))) return false;
        }
        return true;
    }

    /** A comma-enclosed phrase after the clause's subject can hold this many words. */
    private static final int PARENTHESIS_WORDS = 5;

    /** "the market, despite the rain, was …": at a comma that opens a prepositional phrase, the comma that closes it, else -1. */
    private static int commaPhrase(Context c, int k, int end) {
        if (!c.tok(k).text().equals(",") || k + 1 >= end || !c.tok(k + 1).is("ADP")) return -1;
        for (int j = k + 2; j < Math.min(end - 1, k + 2 + PARENTHESIS_WORDS); j++) {
            if (c.tok(j).text().equals(",")) return c.tok(j + 1).isVerbal() ? j : -1;
            if (c.tok(j).isPunct() || c.tok(j).isVerbal()) return -1;
        }
        return -1;
    }

    /**
     * "told the jury she had never seen …": a verb with an addressee (one that takes an object and an infinitive) may
     * have a noun phrase before the clause's subject pronoun; the clause starts at the pronoun. Else at {@code np}.
     */
    private static int addressee(Context c, SpeechVerb verb, int np, int finite) {
        if (!verb.takes(Frame.OBJ_INF)) return np;
        for (int j = np + 1; j < finite; j++) {
            Token t = c.tok(j), before = c.tok(j - 1);
            boolean nominative = t.is("PRON") && c.lex.isNominativePronoun(t.text());
            if (nominative && (before.is("NOUN") || before.isPropn())) return j;
        }
        return np;
    }

    /** Relative pronouns that open a German relative clause after a comma. */
    private static final java.util.Set<String> RELATIVE = java.util.Set.of("die", "der", "das", "welche", "welcher", "welches");
    /** A relative pronoun within this many words before the verb. */
    private static final int RELATIVE_WORDS = 10;

    /** The German speech verb ends a relative clause: ", die … vorwerfen, …". */
    private static boolean inRelativeClause(Context c, Sentence sent, int v) {
        int k = v - 1;
        while (k > sent.range().begin() && v - k <= RELATIVE_WORDS && !c.tok(k).isPunct()) k--;
        return k + 1 < v && c.tok(k).text().equals(",") && k > sent.range().begin()
                && RELATIVE.contains(c.tok(k + 1).text().toLowerCase(java.util.Locale.ROOT)) && !c.tok(k - 1).isVerbal();
    }

    /** Skips a speaker and adverbials up to a clause start: a noun phrase, then a finite verb. */
    private boolean english(Context c, Sentence sent, int v, SpeechVerb verb) {
        int end = sent.range().end();
        int i = v + 1;
        if (v > 0 && c.tok(v - 1).text().equalsIgnoreCase("to")) return false;
        if (v == sent.range().begin()) return false;   // "Asked at the press conference what …, X replied": a participle, no speech act of its own
        // "insisted 'every penny' had been …": a short quotation may open the clause's subject
        int afterQuote = c.clauses.afterQuotedSubject(i, end);
        if (i < end && (c.tok(i).text().equals(",") || c.tok(i).text().equals(":") || c.doc.isQuoteMark(c.tok(i)) && afterQuote < 0)) return false;
        if (afterQuote > 0) {
            Token t = c.tok(afterQuote);
            if (!(t.is("AUX") || t.is("VERB") && !t.text().endsWith("ing"))) return false;
            c.report(c.clauses.trim(i, end, sent), v, sent, NAME);
            return true;
        }
        if (i < end && (c.tok(i).text().equalsIgnoreCase("to") || c.tok(i).text().equalsIgnoreCase("of") || c.tok(i).text().equalsIgnoreCase("for"))) return false;
        int np = adverbialEnd(c, i, end);
        if (np >= end) return false;
        if (verb.takes(Frame.OBJ_ZERO)) {   // "told reporters he would stay": the addressee is no part of the clause
            int clause = afterAddressee(c, np, end);
            if (clause > 0) np = clause;
        }
        Token first = c.tok(np);
        if (first.upos().startsWith("PRON+AUX")) {   // "said it's time …" (the tagger also reads "its" so): subject and verb in one
            c.report(c.clauses.trim(np, end, sent), v, sent, NAME);
            return true;
        }
        if (!c.clauses.subjectStart(first) && !nounReadAsVerb(c, np, end) || c.clauses.deniedClaim(v, np, verb.lemma())) return false;
        // "told him …" has no clause; "said her talks …" does: "her" before a noun is a possessive
        boolean possessive = np + 1 < end && (c.tok(np + 1).is("NOUN") || c.tok(np + 1).is("ADJ") || c.tok(np + 1).is("NUM") || c.tok(np + 1).isPropn());
        if (first.is("PRON") && c.lex.is(WordClass.OBJECT_PRONOUN, first.text()) && !possessive) return false;
        for (int k = np + 1; k < Math.min(end, np + VERB_REACH); k++) {
            Token t = c.tok(k);
            if (t.text().equals("(")) {
                while (k < end - 1 && !c.tok(k).text().equals(")")) k++;
                continue;
            }
            if (c.doc.isQuoteMark(t)) continue;   // "said the “path to peace” cannot be decided …": a quotation in the subject
            int parenthesis = commaPhrase(c, k, end);   // "said the market, despite the rain, was a success"
            if (parenthesis > 0) { k = parenthesis; continue; }
            if (c.lex.is(WordClass.THAT, t.text())) return false;   // "told state media that …": an addressee, then the that-clause's
            if (t.isVerbal() && c.tok(k - 1).is("CCONJ")) break;   // "reported a loss and said …": the main clause goes on
            // "feeling the pressure as reports swirl": the verb after a conjunction is another clause's
            if (t.is("SCONJ") || c.lex.is(WordClass.CLAUSE_CONJUNCTION, t.text())) break;
            int before = k - 1;
            while (before > np && c.doc.isQuoteMark(c.tok(before))) before--;   // "urged the council to “act now”"
            boolean compared = c.tok(before).text().equalsIgnoreCase("than");   // "a smaller than expected loss"
            boolean infinitive = c.tok(before).text().equalsIgnoreCase("to");   // "agreed on Sunday to restart …"
            // "said analyst Tom Reid.": a name the tagger reads as a verb is a person's, no clause's
            boolean name = c.doc.personAt(k).isPresent();
            if (t.is("AUX") || t.is("VERB") && !t.text().endsWith("ing") && !compared && !infinitive && !name) {
                c.report(c.clauses.trim(addressee(c, verb, np, k), end, sent), v, sent, NAME);
                return true;
            }
            if (t.isPunct() && !(t.text().equals("-") && k > np && c.tok(k - 1).adjoins(t))) break;   // "run-off" is two tokens and a hyphen
        }
        return false;
    }

    /** A prepositional phrase between the speech verb and its clause has at most this many words after the preposition. */
    private static final int ADVERBIAL_WORDS = 4;

    /**
     * Where the clause may start after the speech verb at {@code i - 1}: past a time ("said Monday", "said late on
     * Friday") and a prepositional phrase ("said on Sunday", "said in a statement") that a subject follows; its last
     * noun is the clause's subject when a finite verb follows it ("said in London prices would rise").
     */
    private static int adverbialEnd(Context c, int i, int end) {
        int k = i;
        while (k < end && c.lex.is(WordClass.TIME_ADVERB, c.tok(k).text())) k++;
        if (k < end && c.tok(k).is("ADP")) {
            int p = phraseAfterPreposition(c, k, end);
            if (p < end && p - 2 > k && nominal(c, p - 2) && (c.tok(p).is("AUX") || c.tok(p).is("VERB"))) p--;
            // a phrase only where a subject follows it: "pointed out Putin repeatedly violated …" has a particle
            k = p > k && p < end && c.clauses.subjectStart(c.tok(p)) ? p : k + 1;
        }
        while (k < end && c.lex.is(WordClass.TIME_ADVERB, c.tok(k).text())) k++;
        return k;
    }

    /**
     * The end of the noun phrase after the preposition at {@code adp} ("on Sunday", "in a brief statement"): an
     * article, adjectives and numbers, then nouns, names and time words; {@code adp} when no noun follows.
     */
    private static int phraseAfterPreposition(Context c, int adp, int end) {
        int p = adp + 1;
        if (p < end && c.tok(p).is("DET")) p++;
        while (p < end && (c.tok(p).is("ADJ") || c.tok(p).is("NUM"))) p++;
        int head = p;
        while (p < end && p - adp <= ADVERBIAL_WORDS && nominal(c, p)) p++;
        return p > head ? p : adp;
    }

    private static boolean nominal(Context c, int i) {
        return c.tok(i).is("NOUN") || c.tok(i).isPropn() || c.lex.is(WordClass.TIME_ADVERB, c.tok(i).text());
    }

    /** An addressee has at most this many words ("the local radio station"). */
    private static final int ADDRESSEE_WORDS = 5;

    /**
     * Where the clause starts after an addressee, or -1: an object pronoun or a short noun phrase ("reporters", "the
     * jury", "local radio", "the BBC"), perhaps a time or place ("on Sunday"), then the start of a second noun phrase
     * ("he", "the club"), the clause's subject. "warned the deal could collapse" has one noun phrase, the subject.
     */
    private static int afterAddressee(Context c, int np, int end) {
        int k = np;
        Token t = c.tok(k);
        if (t.is("PRON") && c.lex.is(WordClass.OBJECT_PRONOUN, t.text())) k++;
        else {
            if (t.is("DET")) k++;
            while (k < end && (c.tok(k).is("ADJ") || c.tok(k).is("NUM"))) k++;
            int head = k;
            while (k < end && (c.tok(k).is("NOUN") || c.tok(k).isPropn())) k++;
            if (k == head || k - np > ADDRESSEE_WORDS) return -1;
            if (bareGroupThenClause(c, np, head, k, end)) return head + 1;
        }
        if (k + 2 < end && c.tok(k).is("ADP") && !c.tok(k).text().equalsIgnoreCase("to") && !c.tok(k).text().equalsIgnoreCase("of"))
            k = phraseAfterPreposition(c, k, end);   // "told reporters on Sunday he …"
        if (k >= end) return -1;
        Token next = c.tok(k);
        boolean subject = next.is("PRON") && !c.lex.is(WordClass.OBJECT_PRONOUN, next.text()) || next.is("DET") || next.is("NOUN") || next.isPropn();
        return subject ? k : -1;
    }

    /**
     * "promised voters taxes would fall", "warned investors profits would drop": a bare plural noun (the addressees, no
     * article) and then a noun with a finite verb after it: the clause's subject is the second noun, not a compound.
     */
    private static boolean bareGroupThenClause(Context c, int np, int head, int k, int end) {
        if (head != np || k - head != 2 || k >= end || !(c.tok(k).is("AUX") || c.tok(k).is("VERB") && !c.tok(k).text().endsWith("ing"))) return false;
        Token addressee = c.tok(head);
        return addressee.is("NOUN") && !addressee.isCapitalised() && addressee.text().endsWith("s") && !addressee.lemma().equalsIgnoreCase(addressee.text());
    }

    /** Words between a noun the tagger read as a verb and the clause's auxiliary: "said work on the new terminal would …". */
    private static final int NOUN_PHRASE_WORDS = 6;

    /**
     * "said work would begin", "said demand had fallen": a plain verb form right after the speech verb, then only a
     * noun phrase's words and an auxiliary, is the clause's subject noun, which the tagger read as a verb.
     */
    private static boolean nounReadAsVerb(Context c, int np, int end) {
        Token first = c.tok(np);
        String w = first.text().toLowerCase(java.util.Locale.ROOT);
        if (!first.is("VERB") || w.endsWith("ing") || w.endsWith("ed") || first.isCapitalised()) return false;
        for (int k = np + 1; k < end && k <= np + NOUN_PHRASE_WORDS; k++) {
            Token t = c.tok(k);
            if (t.is("AUX")) return k > np;
            if (!(t.is("NOUN") || t.is("ADJ") || t.is("DET") || t.is("NUM") || t.isPropn() || t.is("ADP") && !t.text().equalsIgnoreCase("to"))) return false;
        }
        return false;
    }
}
