package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code attribution-phrase}: a phrase of attribution-phrases.tsv attributes its sentence — "laut X", "X zufolge",
 * "nach Angaben von X", "according to X" — the whole sentence without the phrase where it stands at the edge
 * (ANNOTATION.md). The source is the noun phrase in the phrase's slot; a phrase without a slot that points back to a
 * report ("demnach", "hieß es") continues the statement before it ({@link KonjunktivChain#CONTINUES}), else stands
 * for an unnamed source.
 */
final class AttributionPhrase implements StatementRule {
    static final String NAME = "attribution-phrase";
    /** The source in a phrase's slot ("nach Angaben {X}") has at most this many words. */
    private static final int SOURCE_WORDS = 6;
    /** The source before "{X} zufolge" has at most this many words, brackets counted ("Einer Mitteilung des Verbands (VDR) zufolge"). */
    private static final int BEFORE_WORDS = 10;
    /** A one-word slotless phrase points back only near the start of its sentence (within this many words) or at its end. */
    private static final int CONTEXT_START = 3;

    @Override public String name() { return NAME; }

    @Override
    public boolean find(Context c, Sentence sent) {
        List<Token> st = sent.tokens();
        for (Lexicon.AttributionPhrase ap : c.lex.attributionPhrases()) {
            if (ap.before().isEmpty() && ap.after().isEmpty()) continue;
            // phrases built on a speech verb ("{X} told", "as {X} said") are the verb rules' business
            if (ap.before().stream().anyMatch(w -> !c.lex.speechVerbs(w).isEmpty()) || ap.after().stream().anyMatch(w -> !c.lex.speechVerbs(w).isEmpty())) continue;
            if (ap.before().size() == 1 && c.lex.is(WordClass.SO, ap.before().getFirst())) continue;   // handled with trailing attributions
            for (int k = 0; k < st.size(); k++) {
                if (ap.before().isEmpty()) {
                    if (sourceBefore(c, sent, st, k, ap)) return true;
                    continue;
                }
                // "nach Polizeiangaben", "nach Unternehmensangaben": the phrase's noun as the end of a compound that names the source
                boolean compound = ap.slot() && ap.after().isEmpty() && ap.before().size() == 2 && k + 1 < st.size()
                        && st.get(k).text().equalsIgnoreCase(ap.before().getFirst()) && st.get(k + 1).is("NOUN")
                        && st.get(k + 1).text().length() > ap.before().get(1).length() + 2
                        && st.get(k + 1).text().toLowerCase(java.util.Locale.ROOT).endsWith(ap.before().get(1));
                if (!compound && !matches(st, k, ap.before())) continue;
                if (!ap.slot()) {
                    if (!ap.before().getFirst().equals("nach") && !ap.before().getFirst().equals("by")) {
                        if (contextSource(c, sent, k, k + ap.before().size() - 1)) return true;
                        continue;
                    }
                    CharSpan words = c.clauses.trim(sent.range().begin(), sent.range().end(), sent);
                    if (words.isEmpty() || c.sofar.covered(words)) continue;
                    int cueEnd = st.get(k + ap.before().size() - 1).index();
                    var subject = c.subjects.nearestPersonBefore(st.get(k).index());
                    if (subject.isEmpty()) continue;
                    Draft d = Draft.reported(words, NAME).cue(new CharSpan(st.get(k).span().begin(), c.tok(cueEnd).span().end()));
                    c.sofar.addReported(d.with(c.subjects.person(subject.get(), words)));
                    return true;
                }
                if (sourceAfter(c, sent, st, k, ap, compound)) return true;
            }
        }
        return false;
    }

    /** "{X} zufolge": the words after the slot at k; the source is the noun phrase before them. */
    private static boolean sourceBefore(Context c, Sentence sent, List<Token> st, int k, Lexicon.AttributionPhrase ap) {
        if (!matches(st, k, ap.after()) || k == 0) return false;
        // "den Angaben nach": the phrase's own article, no source; "seiner Meinung nach": a possessive names the source and opens it
        boolean owner = st.get(k).is("NOUN") && possessive(c, st.get(k - 1));
        if (st.get(k).is("NOUN") && st.get(k - 1).is("DET") && !owner) return false;
        int sb = owner ? k - 1 : k;
        while (!owner && sb > 0 && k - sb < BEFORE_WORDS && (npWord(st.get(sb - 1)) || possessive(c, st.get(sb - 1)) || bracket(st.get(sb - 1)) || webSource(st.get(sb - 1)))) sb--;
        if (sb == k && dativePronoun(c, st.get(k - 1))) sb = k - 1;   // "Ihm zufolge", "ihnen zufolge"
        if (sb == k) return false;
        int b = sent.range().begin(), e = sent.range().end();
        int phraseEnd = k + ap.after().size();
        int cueFrom = k;
        if (st.get(k).is("NOUN") && ap.after().size() > 1) cueFrom = k + 1;   // "{X} Angaben nach": the source is "X Angaben", the cue "nach"
        CharSpan sourceSpan = new CharSpan(st.get(sb).span().begin(), st.get(cueFrom - 1).span().end());
        CharSpan words;
        if (st.get(sb).index() == b) {
            int w = st.get(Math.min(st.size() - 1, phraseEnd - 1)).index() + 1;
            while (w < e && c.tok(w).isPunct()) w++;
            if (w >= e) return false;
            words = c.clauses.trim(w, e, sent);
        } else {
            words = inRelativeClause(c, sent, st.get(sb).index()).orElse(c.clauses.trim(b, e, sent));
        }
        if (words.isEmpty() || c.sofar.covered(words)) return false;
        Draft d = Draft.reported(words, NAME).cue(new CharSpan(st.get(cueFrom).span().begin(), st.get(phraseEnd - 1).span().end()));
        c.sofar.addReported(c.subjects.named(d, sourceSpan, c.on(Subjects.POSSESSIVE)).decided());
        return true;
    }

    /** "laut {X}", "nach Angaben {X}", "according to {X}": the source in the slot after the phrase's first words at k. */
    private static boolean sourceAfter(Context c, Sentence sent, List<Token> st, int k, Lexicon.AttributionPhrase ap, boolean compound) {
        int slot = compound ? k + 1 : k + ap.before().size();
        int slotEnd = slot;
        if (ap.after().isEmpty()) {   // "laut {X}", "according to {X}": the noun phrase after the phrase
            if (slot < st.size()) slotEnd = c.subjects.phrase().coordinatedEnd(st.get(slot).index(), sent.range().end()) - sent.range().begin();
            if (slotEnd == slot && slot < st.size()) slotEnd = namedOutlet(c, st, slot);   // "laut „Welt“", "laut example.de"
        } else {
            // "nach deren Angaben": a possessive pronoun in the slot is the source's owner
            while (slotEnd < st.size() && slotEnd < slot + SOURCE_WORDS && (npWord(st.get(slotEnd)) || possessive(c, st.get(slotEnd))) && !matches(st, slotEnd, ap.after())) slotEnd++;
        }
        if (!ap.after().isEmpty() && !matches(st, slotEnd, ap.after())) return false;
        if (slotEnd == slot) return false;
        final int from = slot, to = slotEnd;   // the source is a noun phrase with a noun or a name in it ("eigenen" is none)
        if (IntStream.range(from, to).mapToObj(st::get).noneMatch(t -> t.is("NOUN") || t.isPropn() || t.is("PRON") || SourcePhrase.code(t) || webSource(t))) return false;
        int phraseEnd = slotEnd + ap.after().size();
        // the speech noun of the phrase belongs to the source, the rest is the cue: "nach | Angaben der Polizei", "nach | X Angaben"
        int sourceFrom = slot, sourceTo = slotEnd, j = slot;
        if (j - 1 > k && c.lex.is(WordClass.SOURCE_OF, st.get(j - 1).text())) j--;
        while (j - 1 > k && st.get(j - 1).is("NOUN")) j--;
        if (j < slot && st.get(j).is("NOUN")) {
            while (j - 1 > k && (st.get(j - 1).is("DET") || st.get(j - 1).is("ADJ"))) j--;   // "nach | einer Studie der UNO"
            sourceFrom = j;
        }
        if (!ap.after().isEmpty() && st.get(slotEnd).is("NOUN") && ap.after().size() == 1) sourceTo = slotEnd + 1;
        CharSpan sourceSpan = new CharSpan(st.get(sourceFrom).span().begin(), st.get(sourceTo - 1).span().end());
        // "nach Angaben des Direktors, Jens Irwin, …": an apposition between commas belongs to the source, not to what is said
        int apposition = ap.after().isEmpty() && slotEnd < st.size() ? c.subjects.phrase().appositionAfter(st.get(slotEnd).index(), sent.range().end()) - sent.range().begin() : slotEnd;
        if (apposition > slotEnd) phraseEnd = apposition;
        Optional<CharSpan> relative = inRelativeClause(c, sent, st.get(k).index());
        CharSpan words = relative.isPresent() ? relative.get() : around(c, sent, st.get(k).index(), st.get(Math.min(st.size() - 1, phraseEnd - 1)).index());
        if (words == null || words.isEmpty() || c.sofar.covered(words)) return false;
        CharSpan cue = new CharSpan(st.get(k).span().begin(), st.get(sourceFrom - 1).span().end());
        if (anaphoricReport(c, sent, words, cue, sourceSpan)) return true;
        Draft d = c.subjects.named(Draft.reported(words, NAME).cue(cue), sourceSpan, c.on(Subjects.POSSESSIVE));
        if (apposition > slotEnd) {
            CharSpan whole = new CharSpan(sourceSpan.begin(), st.get(apposition - 1).span().end());
            if (d.speaker() == null) d = c.subjects.named(Draft.reported(words, NAME).cue(cue), whole, false);   // the person is the one in the apposition
            if (d.speakerSpan() != null && !d.speakerSpan().overlaps(words)) d = d.speakerSpan(d.speakerSpan().union(whole));
        }
        c.sofar.addReported(d.decided());
        return true;
    }

    /**
     * "… Das meldet das Lokalradio unter Berufung auf Amtsleiter X.": what is left of the sentence is an anaphor and a
     * speech verb, so the sentence before is the statement and X, the source the outlet relies on, its speaker — also
     * when that sentence was already found without a person ("Y wurde russischen Angaben zufolge nicht besprochen").
     */
    private static boolean anaphoricReport(Context c, Sentence sent, CharSpan words, CharSpan cue, CharSpan sourceSpan) {
        var wt = c.doc.annotated().tokensWithin(words);
        if (wt.end() - wt.begin() < 3 || sent.index() == 0 || !c.lex.is(WordClass.ANAPHOR, c.tok(wt.begin()).text())
                || !c.doc.verbs().speechVerbAt(wt.begin() + 1)) return false;
        Optional<People.Ref> person = c.doc.people().refIn(sourceSpan).filter(c.doc::isPerson);
        if (person.isEmpty()) return false;
        Sentence prev = c.doc.sentences().get(sent.index() - 1);
        CharSpan prevWords = c.clauses.trim(prev.range().begin(), prev.range().end(), prev);
        if (prevWords.isEmpty()) return false;
        Optional<Draft> found = c.sofar.reported().stream().filter(r -> prev.span().covers(r.words())).findFirst();
        if (found.isPresent() && found.get().speaker() != null) return true;
        found.ifPresent(c.sofar::replacedByQuote);
        Draft d = found.map(f -> Draft.reported(f.words(), NAME).cue(f.cue())).orElse(Draft.reported(prevWords, NAME).cue(cue));
        c.sofar.addReported(c.subjects.named(d, sourceSpan, false).decided());
        return true;
    }

    /**
     * "Demnach hat …", "Der Abzug soll demnach …", "…, hieß es": a phrase that points back to a report before it,
     * near the start or at the end of the sentence. The speaker is that of the statement just before; without one
     * the phrase itself stands for the unnamed source. A one-word phrase ("demnach") is the words that stand for the
     * speaker in this sentence either way, as a pronoun would be (GermEval's Source marks it so).
     */
    private static boolean contextSource(Context c, Sentence sent, int first, int last) {
        List<Token> st = sent.tokens();
        if (first > CONTEXT_START && last < st.size() - 2 && last == first) return false;   // one word ("demnach") only at an edge
        CharSpan phraseSpan = new CharSpan(st.get(first).span().begin(), st.get(last).span().end());
        CharSpan words = around(c, sent, st.get(first).index(), st.get(last).index());
        if (words == null || words.isEmpty() || c.sofar.covered(words)) return false;
        Draft d = Draft.reported(words, NAME);
        Draft prev = c.sofar.lastBefore(sent.span().begin());
        if (c.on(KonjunktivChain.CONTINUES) && prev != null && (prev.speaker() != null || prev.anonymous())
                && c.doc.distanceInSentences(prev.words().end(), sent.span().begin()) <= 1) {
            d = d.copiedFrom(prev, KonjunktivChain.CONTINUES);
            if (first == last && !st.get(first).isVerbal()) d = d.speakerSpan(phraseSpan);   // "Demnach …": the adverb stands for the source as written
        } else {
            d = d.undecidedSource(null, phraseSpan);
        }
        c.sofar.addReported(d.cue(phraseSpan).decided());
        return true;
    }

    /**
     * The sentence attributed by a phrase from token {@code first} to {@code last}: what follows the phrase when it
     * opens the sentence, what precedes it when it closes it, else the whole sentence; null when nothing is left.
     */
    static CharSpan around(Context c, Sentence sent, int first, int last) {
        int b = sent.range().begin(), e = sent.range().end();
        if (first == b) {
            int w = last + 1;
            while (w < e && c.tok(w).isPunct()) w++;
            return w >= e ? null : c.clauses.trim(w, e, sent);
        }
        if (last >= e - 2) {
            int w = first;
            while (w > b && c.tok(w - 1).isPunct()) w--;
            return c.clauses.trim(b, w, sent);
        }
        return c.clauses.trim(b, e, sent);
    }

    /**
     * "Der Vertrag, der ihrer Meinung nach zu teuer ist, …", "die Tasche, die nach dessen Angaben eine Bombe enthielt":
     * a phrase right after the relative pronoun that opens a relative clause attributes that clause, not the sentence —
     * the words from the pronoun to the comma that closes the clause, or to the sentence's end; empty elsewhere.
     */
    static Optional<CharSpan> inRelativeClause(Context c, Sentence sent, int first) {
        int rel = first - 1, b = sent.range().begin(), e = sent.range().end();
        if (rel - 1 < b || !c.tok(rel - 1).text().equals(",")) return Optional.empty();
        Token r = c.tok(rel), next = c.tok(first);   // the tagger may read the pronoun as an article: no noun follows it here
        if (!c.lex.is(WordClass.RELATIVE, r.text().toLowerCase(java.util.Locale.ROOT)) || !(r.is("PRON") || r.is("DET"))
                || next.is("NOUN") || next.is("ADJ") || next.isPropn()) return Optional.empty();
        int end = c.clauses.toComma(first, e);
        return end - first < 2 ? Optional.empty() : Optional.of(new CharSpan(c.tok(rel).span().begin(), c.tok(end - 1).span().end()));
    }

    /** A word of a source's noun phrase: article, adjective, noun, name, number, genitive article, "of", a hyphen. */
    static boolean npWord(Token t) {
        String w = t.text().toLowerCase(java.util.Locale.ROOT);
        return t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.isPropn() || t.is("NUM") || w.equals("of") || w.equals("von")
                || t.text().equals("-") || t.text().endsWith("-");
    }

    /** The words of an outlet named in quotation marks ("laut „Welt“") or by its web address ("laut example.de"): the end after them, or {@code slot}. */
    private static int namedOutlet(Context c, List<Token> st, int slot) {
        if (webSource(st.get(slot))) return slot + 1;
        if (!c.doc.isQuoteMark(st.get(slot))) return slot;
        for (int i = slot + 1; i < st.size() && i <= slot + SOURCE_WORDS; i++) {
            if (c.doc.isQuoteMark(st.get(i))) return i > slot + 1 ? i + 1 : slot;
            if (!npWord(st.get(i))) return slot;
        }
        return slot;
    }

    /** A web address as a source: "faz.net", "example.de". */
    static boolean webSource(Token t) {
        return t.text().matches("(?i)[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*\\.(de|at|ch|com|net|org|eu|info|uk|fr|it)");
    }

    private static boolean bracket(Token t) { return t.text().equals("(") || t.text().equals(")"); }

    /** "ihm zufolge": a personal pronoun in the dative stands for the source. */
    private static boolean dativePronoun(Context c, Token t) {
        return t.is("PRON") && c.lex.pronoun(t.text()).stream().anyMatch(p -> p.grammaticalCase().equals("dat"));
    }

    /** "dessen Angaben zufolge", "ihren Worten nach": a possessive before the source noun names the source. */
    private static boolean possessive(Context c, Token t) {
        return (t.is("PRON") || t.is("DET")) && c.lex.pronoun(t.text()).stream().anyMatch(p -> p.grammaticalCase().equals("poss"));
    }

    static boolean matches(List<Token> st, int k, List<String> words) {
        if (k + words.size() > st.size()) return false;
        for (int i = 0; i < words.size(); i++) if (!st.get(k + i).text().equalsIgnoreCase(words.get(i))) return false;
        return true;
    }
}
