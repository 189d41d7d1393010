package org.w3id.newskg.extract.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.w3id.newskg.extract.Lexicon.QuoteMark;
import org.w3id.newskg.model.CharSpan;

/**
 * Pairs quotation marks in every convention of German and English news, as {@code common/quote-marks.tsv} lists them:
 * „…“ and „…” (German, closing with the English opening glyph), »…«, «…», ‚…‘, “…”, ‘…’, straight "…" and '…', ›…‹.
 * Works on characters, not tokens, so the words between the marks are exactly those of the text.
 * <ul>
 * <li>Apostrophes are not marks: ' and ’ between letters ("don't") or after a word's final s ("Adler’ Rede")
 *     when no single quote is open.
 * <li>A mark of another kind inside a quotation is nested and stays part of it.
 * <li>British multi-paragraph quotations: a paragraph that ends inside a quotation continues it when the
 *     next paragraph opens with the same mark; the text keeps the inner opening marks.
 * <li>An unclosed mark at a paragraph's start or after a colon quotes to the paragraph's end; any other
 *     unclosed mark is dropped, so a stray mark never runs away.
 * </ul>
 */
public final class QuoteFinder {
    /** A quotation longer than this many characters is a stray mark's, not a quotation. */
    private static final int MAX_QUOTE = 6000;
    /** Characters after which a "spaced" mark opens, besides whitespace and the free opening marks. */
    private static final String OPENING_CONTEXT = "([{–—-:/";
    private final Map<Character, QuoteMark> marks;

    public QuoteFinder(Map<Character, QuoteMark> marks) { this.marks = Map.copyOf(marks); }

    public List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            QuoteMark mark = marks.get(c);
            if (mark == null || !opens(text, i, mark)) { i++; continue; }
            String closers = mark.closers();
            int end = close(text, i, closers);
            if (end < 0) { i++; continue; }
            int markedEnd = end < text.length() && closers.indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
            int b = i + 1, e = end;
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > b) quotes.add(new Quote(new CharSpan(b, e), new CharSpan(i, markedEnd), String.valueOf(c)));
            i = Math.max(markedEnd, i + 1);
        }
        return quotes;
    }

    /** An opening mark: where its kind may open (see {@link QuoteMark.Opens}), and followed by a non-space. */
    private boolean opens(String text, int i, QuoteMark mark) {
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) return false;
        if (mark.opens() == QuoteMark.Opens.FREE) return true;
        if (mark.opens() == QuoteMark.Opens.WORD_START && i > 0 && !Character.isLetter(text.charAt(i - 1))) return true;
        if (i == 0) return true;
        char p = text.charAt(i - 1);
        QuoteMark before = marks.get(p);
        return Character.isWhitespace(p) || OPENING_CONTEXT.indexOf(p) >= 0 || before != null && before.opens() == QuoteMark.Opens.FREE;
    }

    /** The index of the closing mark (or of the paragraph end for an unclosed quote allowed to run to it), or -1. */
    private static int close(String text, int open, String closers) {
        char o = text.charAt(open);
        int limit = Math.min(text.length(), open + MAX_QUOTE);
        for (int j = open + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                int next = j;
                while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
                if (next < text.length() && text.charAt(next) == o && opensParagraph(text, open)) { j = next; continue; }
                if (closedAfterLineBreak(text, j, o, closers, limit)) continue;
                return opensParagraph(text, open) ? trimBack(text, j) : -1;
            }
            if (closers.indexOf(c) >= 0 && closes(text, j, o)) return j;
        }
        return opensParagraph(text, open) ? trimBack(text, limit) : -1;
    }

    /**
     * Soft line breaks: a line break inside a quotation does not end it when its closing mark follows on a later line
     * before a blank line and before another opening mark of its kind — hard-wrapped text, or a quotation of several
     * sentences set one sentence a line (the two lines "sagte: „Wir haben verloren." and "Das tut weh.“"). A quotation of several paragraphs
     * whose paragraphs reopen the mark is the British case above.
     */
    private static boolean closedAfterLineBreak(String text, int lineBreak, char open, String closers, int limit) {
        boolean blank = true;   // the line begun at the last line break holds only whitespace so far
        for (int m = lineBreak + 1; m < limit; m++) {
            char c = text.charAt(m);
            if (c == '\n') {
                if (blank) return false;
                blank = true;
                continue;
            }
            if (!Character.isWhitespace(c)) blank = false;
            if (closers.indexOf(c) >= 0 && closes(text, m, open)) return true;
            if (c == open) return false;
        }
        return false;
    }

    private static int trimBack(String text, int j) {
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) j--;
        return j;
    }

    /** A quotation that opens a paragraph or follows a colon may run to the paragraph's end unclosed. */
    private static boolean opensParagraph(String text, int open) {
        int k = open - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k--;
        return k < 0 || text.charAt(k) == '\n' || text.charAt(k) == ':';
    }

    /**
     * Whether the closer at {@code j} closes: an apostrophe between letters does not ("don't", "Novak’s"), nor does a
     * straight or English mark after a space, which opens a quotation of its own (“ closing „ excepted).
     */
    private static boolean closes(String text, int j, char open) {
        char c = text.charAt(j);
        boolean letterBefore = j > 0 && Character.isLetterOrDigit(text.charAt(j - 1));
        boolean letterAfter = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
        if ((c == '\'' || c == '’') && letterBefore && letterAfter) return false;
        if (c == '"' || c == '\'' || c == '’' || c == '”' || c == '“' && open != '„') {
            if (j > 0 && Character.isWhitespace(text.charAt(j - 1)) && !(c == '“' && open == '„')) return false;
        }
        return true;
    }
}
