package org.w3id.newskg.extract.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * A clause of a sentence, as far as commas, semicolons, colons, dashes, brackets and quotation marks show it:
 * tokens [from, to), document-global. A piece without a verb belongs to the clause before it (a list of names
 * after a comma, an apposition), so "Auf deutscher Seite saßen A und B am Tisch, auf niederländischer Seite C
 * und D" is one clause. A relative clause ("…, der an der Sitzung teilnahm") knows the token where the clause
 * before it starts, so that its subject can be found there. Pieces that open with an attribution phrase
 * ("laut X", "according to X") or close with one ("X zufolge") are kept apart as {@code source} pieces:
 * the persons named there are sources, not participants. A token is a verb here as the event cues have it
 * ({@link EventCues#verbal}), relative pronouns are the {@code relative} class of {@code function-words.tsv}.
 * {@link ArticleDoc#clauses()} holds every clause of an article, computed once.
 *
 * {@snippet :
 * List<Clause> clauses = Clause.of(sentence, Lexicon.of("de"));
 * clauses.get(1).relative();     // true for "…, der an der Sitzung teilnahm"
 * }
 *
 * @param sentence the index of the sentence
 * @param from     the first token, document-global
 * @param to       the token after the last one
 * @param previous the start of the clause before a relative clause, -1 for any other clause
 * @param sources  token ranges [begin, end) of attribution pieces inside the clause
 */
public record Clause(int sentence, int from, int to, int previous, List<int[]> sources) {
    /** The tokens that end a piece: punctuation inside a sentence, and quotation marks ({@link #breaks}). */
    private static final Set<String> BREAKS = Set.of(",", ";", ":", "–", "—", "(", ")");

    public boolean covers(int token) { return from <= token && token < to; }

    /** Punctuation inside a sentence, or a quotation mark of the lexicon that is no apostrophe. */
    private static boolean breaks(String w, Lexicon lex) {
        return BREAKS.contains(w) || w.length() == 1 && lex.isQuoteMark(w.charAt(0)) && !lex.isApostrophe(w.charAt(0));
    }

    /** Whether it is a relative clause; {@link #previous} is then where the clause before it starts. */
    public boolean relative() { return previous >= 0; }

    /** Whether the token lies in an attribution piece ("laut X") of the clause. */
    public boolean inSource(int token) {
        for (int[] s : sources) if (s[0] <= token && token < s[1]) return true;
        return false;
    }

    /** The clauses of a sentence, in text order; tokens that break pieces belong to none. */
    public static List<Clause> of(Sentence s, Lexicon lex) {
        EventCues cues = lex.eventCues();
        List<Token> toks = s.tokens();
        List<int[]> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i).text();
            boolean dash = w.equals("-") && i > 0 && i + 1 < toks.size() && toks.get(i - 1).span().end() < toks.get(i).span().begin();
            if (breaks(w, lex) || dash) {
                if (i > start) pieces.add(new int[] {start, i});
                start = i + 1;
            }
        }
        if (start < toks.size()) pieces.add(new int[] {start, toks.size()});
        List<Clause> out = new ArrayList<>();
        int base = toks.isEmpty() ? 0 : toks.getFirst().index();
        int[] open = null;
        List<int[]> sources = new ArrayList<>();
        boolean openRelative = false;
        int openPrevious = -1;
        int lastStart = -1;
        for (int[] p : pieces) {
            List<Token> piece = toks.subList(p[0], p[1]);
            boolean verb = piece.stream().anyMatch(cues::verbal);
            boolean source = isSource(piece, lex);
            boolean openHasVerb = open != null && toks.subList(open[0], open[1]).stream().anyMatch(cues::verbal);
            if (open != null && (!verb || source || !openHasVerb)) {
                open[1] = p[1];
                if (source) sources.add(new int[] {base + p[0], base + p[1]});
                continue;
            }
            if (open != null) {
                out.add(new Clause(s.index(), base + open[0], base + open[1], openRelative ? openPrevious : -1, sources));
                lastStart = base + open[0];
            }
            open = new int[] {p[0], p[1]};
            sources = new ArrayList<>();
            if (source) sources.add(new int[] {base + p[0], base + p[1]});
            openRelative = lastStart >= 0 && isRelative(piece, lex);
            openPrevious = lastStart;
        }
        if (open != null) out.add(new Clause(s.index(), base + open[0], base + open[1], openRelative ? openPrevious : -1, sources));
        return out;
    }

    /** "laut X", "according to X", "nach Angaben von X" at the start, "X zufolge" at the end. */
    private static boolean isSource(List<Token> piece, Lexicon lex) {
        for (Lexicon.AttributionPhrase a : lex.attributionPhrases()) {
            if (!a.slot()) continue;
            if (!a.before().isEmpty() && startsWith(piece, a.before()) && (a.after().isEmpty() || contains(piece, a.before().size() + 1, a.after())))
                return true;
            if (a.before().isEmpty() && !a.after().isEmpty() && endsWith(piece, a.after())) return true;
        }
        return false;
    }

    private static boolean startsWith(List<Token> piece, List<String> words) {
        if (piece.size() <= words.size()) return false;
        for (int i = 0; i < words.size(); i++)
            if (!piece.get(i).text().toLowerCase(Locale.ROOT).equals(words.get(i))) return false;
        return true;
    }

    private static boolean contains(List<Token> piece, int from, List<String> words) {
        for (int i = from; i + words.size() <= piece.size(); i++) {
            boolean ok = true;
            for (int k = 0; k < words.size() && ok; k++) ok = piece.get(i + k).text().toLowerCase(Locale.ROOT).equals(words.get(k));
            if (ok) return true;
        }
        return false;
    }

    private static boolean endsWith(List<Token> piece, List<String> words) {
        int n = piece.size();
        while (n > 0 && piece.get(n - 1).isPunct()) n--;
        if (n <= words.size()) return false;
        for (int i = 0; i < words.size(); i++)
            if (!piece.get(n - words.size() + i).text().toLowerCase(Locale.ROOT).equals(words.get(i))) return false;
        return true;
    }

    /**
     * A relative clause opens with a relative pronoun, perhaps after a preposition ("an der"). In German the
     * pronoun looks like an article, so the clause must also end in its verbs ("der den Gast begleitete"), which
     * a main clause with an article ("die Gespräche seien gut verlaufen") does not.
     */
    private static boolean isRelative(List<Token> piece, Lexicon lex) {
        int i = 0;
        if (piece.size() > 1 && (piece.get(0).is("ADP") || piece.get(0).upos().startsWith("ADP"))) i = 1;
        if (i >= piece.size() || !lex.is(Lexicon.WordClass.RELATIVE, piece.get(i).text())) return false;
        if (!lex.lang().equals("de")) return true;
        int n = piece.size();
        while (n > 0 && piece.get(n - 1).isPunct()) n--;
        for (int k = i + 1; k < n - 3; k++) if (piece.get(k).isVerbal()) return false;
        return n > i + 1 && piece.get(n - 1).isVerbal();
    }
}
