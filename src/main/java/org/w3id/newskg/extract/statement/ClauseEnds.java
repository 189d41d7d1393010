package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Where the words of a reported clause begin and end (ANNOTATION.md: a reported clause ends where the speaker's words
 * end): a trailing attribution (", sagte X", ", so X"), a second speech act of the same speaker (", and urged …"), a
 * colon tail or a semicolon cut it off; a second complementizer ("und dass …") joins a second part. Also the shapes
 * of clauses the rules test: zu-infinitives, verb-final clauses, relative clauses, passives.
 */
final class ClauseEnds {
    /** Tags of a word that can open a clause's subject (the part before a "+" of a fused tag). */
    private static final Set<String> SUBJECT_TAGS = Set.of("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM");
    /** A trailing attribution is a speaker and perhaps a time or place: at most this many words. */
    static final int MAX_ATTRIBUTION_WORDS = 20;

    private final ArticleDoc doc;
    private final Lexicon lex;

    ClauseEnds(ArticleDoc doc) {
        this.doc = doc;
        this.lex = doc.lex();
    }

    private Token tok(int i) { return doc.token(i); }

    /**
     * The clause from token b to the sentence end: one statement, also when a second complementizer coordinates a
     * second part ("… and that …", "und dass …": ANNOTATION.md, one speech act, one reported statement).
     */
    List<CharSpan> parts(int b, int end, Sentence sent) {
        CharSpan whole = trim(b, end, sent);
        return whole.isEmpty() ? List.of() : List.of(whole);
    }

    /** A separated particle closes the verb's clause within this many words of the verb. */
    private static final int PARTICLE_REACH = 20;

    /**
     * German: "schlug dem Minister für Verkehr, Bau und Wohnen vor, …": the separated particle of the speech verb at
     * {@code v}, closing the verb's clause after a comma inside it (an enumeration, an apposition); the complement
     * starts after the particle's comma, not the first one. The particle's index, else -1.
     */
    int separatedParticle(int v, Lexicon.SpeechVerb verb, int end) {
        String particle = verb.particle();
        if (!doc.german() || particle.isEmpty() || particle.contains(" ") || tok(v).text().toLowerCase(Locale.ROOT).startsWith(particle)) return -1;
        for (int i = v + 1; i + 1 < end && i <= v + PARTICLE_REACH; i++) {
            Token t = tok(i);
            if (t.text().equalsIgnoreCase(particle) && (tok(i + 1).isPunct() || tok(i + 1).is("CCONJ")) && !doc.isQuoteMark(tok(i + 1))) return i;
            if (t.text().equals(".") || t.text().equals(":") || t.text().equals(";") || doc.isQuoteMark(t) || t.is("VERB") || lex.is(WordClass.COMPLEMENTIZER, t.text())) return -1;
        }
        return -1;
    }

    /** Tokens [b, e) as a clause: without a trailing ", sagte X"/", so X", a colon tail, and final punctuation. */
    CharSpan trim(int b, int e, Sentence sent) {
        for (int i = b + 1; i < e; i++) {
            Token t = tok(i);
            if (t.text().equals(":") && !doc.insideQuote(t.span()) && i == e - 1) { e = i; break; }
            // "meinte, die Regierung habe … gelesen: „Das ist …“": a quotation after a colon is the speaker's own words
            if (t.text().equals(":") && !doc.insideQuote(t.span()) && i + 1 < e && doc.isQuoteMark(tok(i + 1)) && ownClauseBefore(b, i)) { e = i; break; }
            if (t.text().equals(",") && attributionAfter(i + 1, e)) { e = i; break; }   // "…, according to a letter"
            if (t.text().equals(";") && !doc.insideQuote(t.span())) { e = i; break; }   // a semicolon ends the clause
            if (t.text().equals(",") && introducesQuote(i + 1, e)) { e = i; break; }   // ", with one source saying: …"
            if (t.text().equals(",") && i + 2 < e && lex.is(WordClass.COORDINATOR, tok(i + 1).text())
                    && doc.verbs().speechVerbAt(i + 2) && !doc.insideQuote(tok(i + 2).span())) { e = i; break; }
            // "… and accused the council of …", "… and urged X to …": a second speech act of the same speaker
            // ("… was disappointed but believed a deal was possible": a verb of opinion goes on with the clause's subject)
            if (lex.is(WordClass.SPEECH_COORDINATOR, t.text()) && i + 1 < e && doc.verbs().speechVerbAt(i + 1) && tok(i + 1).is("VERB")
                    && !tok(i + 1).text().endsWith("ing") && !doc.insideQuote(tok(i + 1).span()) && !doc.verbs().opinionAt(i + 1)) { e = i; break; }
            if (t.text().equals(",") && authorsParticiple(b, i, e)) { e = i; break; }   // ", directly contradicting …"
            if (t.text().equals(",") && contrastingSpeechAct(i + 1, e)) { e = i; break; }   // ", while Y said …"
            if (t.text().equals(",") && i + 1 < e) {
                int n = i + 1;
                if ((doc.verbs().speechVerbAt(n) || lex.is(WordClass.SO, tok(n).text())) && !doc.insideQuote(tok(n).span()) && tailIsAttribution(n, e)) { e = i; break; }
                if (n + 1 < e && tok(n).is("PRON") && doc.verbs().speechVerbAt(n + 1) && tailIsAttribution(n + 1, e)) { e = i; break; }
            }
        }
        while (e > b && (tok(e - 1).isPunct() && !isClosingQuote(tok(e - 1)))) e--;
        if (e <= b) return new CharSpan(tok(b).span().begin(), tok(b).span().begin());
        return new CharSpan(tok(b).span().begin(), tok(e - 1).span().end());
    }

    /**
     * English: after the clause's own verb, a comma and an -ing participle ("…, directly contradicting the minister",
     * "…, citing a report") start the author's comment, not the speaker's words (ANNOTATION.md).
     */
    private boolean authorsParticiple(int b, int comma, int e) {
        if (doc.german()) return false;
        int p = comma + 1;
        if (p < e && tok(p).is("ADV")) p++;
        if (p >= e || !tok(p).is("VERB") || !tok(p).text().endsWith("ing") || doc.insideQuote(tok(p).span())) return false;
        for (int k = b; k < comma; k++) if (tok(k).isVerbal() && !tok(k).text().endsWith("ing")) return true;
        return false;
    }

    /**
     * A contrasting clause with a speech act of its own ("…, while rival Y said they were dear", "…, während Y
     * erklärte, …") is another statement, not part of this one; a contrast without one stays ("…, while costs rose").
     */
    private boolean contrastingSpeechAct(int i, int e) {
        if (i >= e || !lex.is(WordClass.CONTRAST, tok(i).text())) return false;
        for (int k = i + 1; k + 1 < e && !tok(k).text().equals(",") && !tok(k).text().equals(";"); k++)
            // "…, aber der Minister habe erklärt, …" in Konjunktiv is still the speaker's report: a nested speech act
            if (doc.verbs().speechVerbAt(k) && !doc.insideQuote(tok(k).span()) && opensContent(k + 1) && !(doc.german() && doc.moods().hasKonjunktiv(i, k + 1))) return true;
        return false;
    }

    /**
     * What follows a speech verb opens its content: German a comma or colon after the clause-final verb ("während Y
     * erklärte, …"; not "während die Welt in eine neue Phase eintrete."), English "that", a colon, a quotation mark
     * or a clause's subject ("while Y said they …").
     */
    private boolean opensContent(int n) {
        Token t = tok(n);
        if (t.text().equals(":") || doc.isQuoteMark(t)) return true;
        if (doc.german()) return t.text().equals(",");
        return lex.is(WordClass.THAT, t.text()) || subjectStart(t);
    }

    /**
     * The words before a colon are a clause of their own, so a quotation after the colon is not part of it: a verb among
     * them, and no speech verb right before the colon ("his summary stated: '…'" introduces the quotation).
     */
    private boolean ownClauseBefore(int b, int colon) {
        if (colon - 1 <= b || doc.verbs().speechVerbAt(colon - 1)) return false;
        for (int k = b; k < colon; k++) if (tok(k).isVerbal() && !doc.insideQuote(tok(k).span())) return true;
        return false;
    }

    /** ", according to …", ", laut …": an attribution phrase after a comma names the source, it is not the speaker's words. */
    private boolean attributionAfter(int i, int e) {
        if (i + 1 >= e || doc.insideQuote(tok(i).span())) return false;
        String w = tok(i).text().toLowerCase(Locale.ROOT);
        if (!(doc.german() ? w.equals("laut") : w.equals("according") && tok(i + 1).text().equalsIgnoreCase("to"))) return false;
        // the phrase runs to the end ("…, according to a letter seen by the paper"), it opens no clause of its own
        for (int k = i + 1; k < e; k++) if ((tok(k).is("AUX") || tok(k).text().equals(",")) && !doc.insideQuote(tok(k).span())) return false;
        return true;
    }

    /** From i a segment with a speech verb runs to a colon that opens a quotation. */
    private boolean introducesQuote(int i, int e) {
        boolean verb = false;
        for (int k = i; k < e; k++) {
            Token t = tok(k);
            if (t.text().equals(",") || t.text().equals(".")) return false;
            if (t.text().equals(":")) return verb && k + 1 < doc.size() && doc.isQuoteMark(tok(k + 1));
            if (doc.verbs().speechVerbAt(k)) verb = true;
        }
        return false;
    }

    /** The mark that closes a quotation: the clause keeps it ("Die Runde sei „offen“"). */
    private boolean isClosingQuote(Token t) { return doc.isQuoteMark(t) && doc.quoteEndingAt(t.span().end()).isPresent(); }

    /** From the verb (or "so") to the end there is no new clause: just a speaker and maybe a time or place. */
    boolean tailIsAttribution(int v, int e) {
        int i = v + 1;
        for (; i < e; i++) {
            Token t = tok(i);
            if (t.text().equals(",") || t.text().equals(":")) break;   // a relative clause or apposition may follow
            // ("nicht" the tagger may read as AUX: "sagte er nicht")
            if (t.isVerbal() && !lex.is(WordClass.PERFECT_AUX, t.text()) && !lex.is(WordClass.NEGATION, t.text()) && !lex.is(WordClass.TIME_ADVERB, t.text())
                    && !(lex.speechVerb(t.text()).isPresent() && i == v + 1) && !particleOf(v, t)) return false;
            if (lex.is(WordClass.COMPLEMENTIZER, t.text())) return false;
        }
        return i - v <= MAX_ATTRIBUTION_WORDS;
    }

    /** "…, ließ der Angeklagte über seinen Anwalt erklären": the verb that completes the multi-word speech verb at {@code v}. */
    private boolean particleOf(int v, Token t) {
        return doc.verbs().verbAt(v).map(sv -> !sv.particle().isEmpty() && sv.particle().equalsIgnoreCase(t.text())).orElse(false);
    }

    /**
     * "wies die Behauptung zurück, die Stadt sei …", "denied claims that …": a verb of denial whose object before the
     * clause (tokens after v up to b) is a noun of saying; the clause is the content of that claim, someone else's.
     */
    boolean deniedClaim(int v, int b, String lemma) {
        if (!lex.is(WordClass.DENIAL, lemma)) return false;
        for (int i = v + 1; i < b; i++)
            if (tok(i).is("NOUN") && lex.speechNoun(tok(i).text()).map(f -> f.contains(Lexicon.Frame.THAT)).orElse(false)) return true;
        return false;
    }

    /** A zu-infinitive in [b, e) before the next comma. */
    boolean hasZuInfinitive(int b, int e) {
        for (int i = b; i < e - 1; i++) {
            if (tok(i).text().equals(",")) return false;
            if (zuInfinitive(i, e) || fusedZuInfinitive(tok(i))) return true;
        }
        return false;
    }

    /** A zu-infinitive anywhere in [b, e). */
    boolean hasZuInfinitiveToEnd(int b, int e) {
        for (int i = b; i < e - 1; i++) if (zuInfinitive(i, e) || fusedZuInfinitive(tok(i))) return true;
        return false;
    }

    /**
     * "zu" and a verb at {@code i}; also a lower-case word in -en/-ern/-eln that ends its clause, which the tagger
     * misreads inside quotation marks now and then ("„schneller zu digitalisieren“").
     */
    private boolean zuInfinitive(int i, int e) {
        if (!tok(i).text().equals("zu") || i + 1 >= e) return false;
        Token n = tok(i + 1);
        if (n.isVerbal()) return true;
        boolean clauseEnd = i + 2 >= e || tok(i + 2).isPunct();
        boolean quoteEnd = i + 2 < e && doc.isQuoteMark(tok(i + 2));   // "„…zu modernisieren“": no adjective ("zu offen") ends a quotation so
        return clauseEnd && n.text().length() >= 5 && n.text().matches("\\p{Ll}+(en|ern|eln)") && !n.is("ADP") && (quoteEnd || !n.is("ADJ") && !n.is("ADV"));
    }

    /** "aufzustocken", "anzugreifen": a particle verb's zu-infinitive written as one word. */
    boolean fusedZuInfinitive(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        int zu = w.indexOf("zu", 2);
        return t.isVerbal() && zu > 0 && w.length() - zu > 5 && w.endsWith("en") && w.matches("\\p{L}+");
    }

    /** The words from b to the next comma end in a verb: a subordinate or relative clause of its own. */
    boolean verbFinalClause(int b, int e) {
        int c = b;
        while (c < e && !tok(c).text().equals(",")) c++;
        return c > b + 1 && c < e && tok(c - 1).isVerbal() && !tok(c - 2).text().equalsIgnoreCase("zu");
    }

    /**
     * Token {@code i} opens a relative clause: a relative pronoun the tagger reads as a pronoun and no noun right after
     * it ("X, der seit 2019 im Amt ist" — "der Plan sei …" has an article), in English any ("X, who …").
     */
    boolean relativeOpener(int i) {
        if (i >= doc.size()) return false;
        Token t = tok(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        if (!lex.is(WordClass.RELATIVE, w)) return false;
        if (!doc.german()) return true;
        // "der Austausch habe …": an article the tagger took for a pronoun, a noun right after it; "dessen Vertrag" is relative
        boolean article = w.length() == 3 && i + 1 < doc.size() && (tok(i + 1).is("NOUN") || tok(i + 1).is("ADJ") || tok(i + 1).isPropn());
        return t.is("PRON") && !article;
    }

    /**
     * The end (exclusive) of the clause that starts at {@code from}: the token before its closing comma, or before the
     * end {@code e}, without trailing punctuation ("…, nach denen der Sänger krank war, …"); {@code from} when none.
     */
    int toComma(int from, int e) {
        int end = from;
        while (end < e && !tok(end).text().equals(",")) end++;
        while (end > from && tok(end - 1).isPunct()) end--;
        return end;
    }

    /**
     * "Der Minister X, der zum ersten Mal teilnahm, forderte …", "X, who led the talks, said": the words before the
     * comma end with a relative clause after a short noun phrase that names a person, so they are the verb's subject.
     */
    boolean relativeClauseBefore(int b, int comma) {
        for (int i = comma - 1; i > b; i--)
            if (tok(i).text().equals(",")) {
                if (!lex.is(WordClass.RELATIVE, tok(i + 1).text()) || !(tok(i + 1).is("PRON") || tok(i + 1).is("DET"))) return false;
                return i - b <= 6 && !doc.personRefsIn(new CharSpan(tok(b).span().begin(), tok(i).span().begin())).isEmpty();
            }
        return false;
    }

    /**
     * "told Mexican radio that his government …": a "that" the tagger reads as a pronoun is a complementizer when a
     * noun phrase follows it and no verb comes right after ("the radio that broadcasts" is a relative clause).
     */
    boolean complementThat(int i, int end) {
        if (i == 0 || i + 2 >= end) return false;
        Token p = tok(i - 1);
        if (!(p.is("NOUN") || p.isPropn() || p.is("PRON") || p.isVerbal() || p.is("ADV"))) return false;
        int next = i + 1;
        while (next + 1 < end && tok(next).isPunct() && tok(next).text().length() == 1 && lex.isQuoteMark(tok(next).text().charAt(0))) next++;   // that “momentum” had …
        if (subjectStart(tok(next)) || tok(next).isCapitalised() && !doc.german()) return true;   // "that United chiefs have …": a name the tagger took for a verb
        // "warned that rising costs would …": a gerund opens the clause's subject right after a speech verb
        return !doc.german() && doc.verbs().speechVerbAt(i - 1) && tok(next).is("VERB") && tok(next).text().endsWith("ing");
    }

    /** A quotation that opens a clause's subject ("said „die schwierigsten Monate“ lägen …") has at most this many words. */
    private static final int QUOTED_SUBJECT_WORDS = 6;

    /**
     * "insisted 'every penny' had been …", "sagte, „die schwierigsten Monate“ lägen …": when token {@code b} opens a
     * short quotation without a verb and the clause goes on after its closing mark with a word, the index of that word;
     * else -1. The quotation is then part of the reported clause (ANNOTATION.md: both the clause and the fragment).
     */
    int afterQuotedSubject(int b, int end) {
        if (b >= end || !doc.isQuoteMark(tok(b))) return -1;
        java.util.Optional<org.w3id.newskg.extract.doc.Quote> q = doc.quotes().stream().filter(x -> x.marked().begin() == tok(b).span().begin()).findFirst();
        if (q.isEmpty()) return -1;
        int k = b + 1;
        while (k < end && tok(k).span().end() <= q.get().content().end()) {
            if (tok(k).isVerbal() || k - b > QUOTED_SUBJECT_WORDS) return -1;
            k++;
        }
        if (k >= end || !doc.isQuoteMark(tok(k))) return -1;
        k++;   // the closing mark
        return k < end && !tok(k).isPunct() ? k : -1;
    }

    /** A quoted name in the speaker's noun phrase has at most this many words. */
    private static final int QUOTED_NAME_WORDS = 6;

    /**
     * "meldete die Agentur „Ostwind“, …", "berichtet die Online-Ausgabe des „Tagblatts“, dass …": when token {@code open}
     * opens a name in quotation marks after an article, noun, name or preposition — a few words, the first capitalised,
     * no verb — the index after its closing mark; else -1.
     */
    int afterQuotedName(int open, int end) {
        if (open == 0 || open + 2 >= end || !doc.isQuoteMark(tok(open)) || !tok(open + 1).isCapitalised()) return -1;
        Token before = tok(open - 1);
        if (!(before.is("DET") || before.is("NOUN") || before.isPropn() || before.upos().startsWith("ADP"))) return -1;
        for (int k = open + 1; k < Math.min(end, open + QUOTED_NAME_WORDS + 2); k++) {
            Token t = tok(k);
            if (doc.isQuoteMark(t)) return k > open + 1 ? k + 1 : -1;
            if (t.isVerbal() || t.isPunct() && !t.text().equals("-") && !t.text().equals(".")) return -1;
        }
        return -1;
    }

    /** A word that can open a clause's subject: an article, pronoun, name, noun, adjective or number. */
    boolean subjectStart(Token t) {
        String tag = t.upos().split("\\+")[0];   // "Greenland's" is PROPN+PART
        return SUBJECT_TAGS.contains(tag) && !t.isVerbal();
    }

    /** "is said to", "were reported to": a form of be right before a participle (English). */
    boolean passive(int v) { return v > 0 && lex.is(WordClass.PASSIVE_AUX, tok(v - 1).text()); }

    /** "was told by the minister": the agent of a passive speech verb is named. */
    boolean byAgent(int v, Sentence sent) {
        for (int i = v + 1; i < Math.min(sent.range().end(), v + 4); i++) if (tok(i).text().equalsIgnoreCase("by")) return true;
        return false;
    }
}
