package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pairs quotation marks in every convention of German and English news: „…“ and „…” (German, closing with
 * the English opening glyph), »…«, «…», ‚…‘, “…”, ‘…’, straight "…" and '…', ›…‹. Works on characters, not
 * tokens, so the words between the marks are exactly those of the text.
 * <ul>
 * <li>Apostrophes are not marks: ' and ’ between letters ("don't") or after a word's final s ("Merz’ Rede")
 *     when no single quote is open.
 * <li>A mark of another kind inside a quotation is nested and stays part of it.
 * <li>British multi-paragraph quotations: a paragraph that ends inside a quotation continues it when the
 *     next paragraph opens with the same mark; the text keeps the inner opening marks.
 * <li>An unclosed mark at a paragraph's start or after a colon quotes to the paragraph's end; any other
 *     unclosed mark is dropped, so a stray mark never runs away.
 * </ul>
 */
public final class QuoteFinder {
    private static final Map<Character, String> CLOSERS = Map.of(
            '„', "“”\"", '»', "«", '«', "»", '‚', "‘’'", '“', "”\"", '‘', "’'", '"', "\"“”", '\'', "'’", '›', "‹", '‹', "›");
    private static final int MAX_QUOTE = 6000;

    public List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            String closers = CLOSERS.get(c);
            if (closers == null || !opens(text, i)) { i++; continue; }
            int end = close(text, i, closers);
            if (end < 0) { i++; continue; }
            int contentEnd = end < text.length() && closers.indexOf(text.charAt(end)) >= 0 ? end : end;
            int markedEnd = end < text.length() && closers.indexOf(text.charAt(end)) >= 0 ? end + 1 : end;
            int b = i + 1, e = contentEnd;
            while (b < e && Character.isWhitespace(text.charAt(b))) b++;
            while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > b) quotes.add(new Quote(new org.w3id.newskg.model.CharSpan(b, e), new org.w3id.newskg.model.CharSpan(i, markedEnd), String.valueOf(c)));
            i = Math.max(markedEnd, i + 1);
        }
        return quotes;
    }

    /** An opening mark: at the start, after a space, a bracket, a dash or a colon, and followed by a non-space. */
    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))) return false;
        if (c == '»' || c == '«' || c == '„' || c == '‚' && i > 0 && !Character.isLetter(text.charAt(i - 1))) return true;
        if (i == 0) return true;
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || "([{–—-:/„»«".indexOf(p) >= 0;
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
                return opensParagraph(text, open) ? trimBack(text, j) : -1;
            }
            if (closers.indexOf(c) >= 0 && closes(text, j, o)) return j;
        }
        return opensParagraph(text, open) ? trimBack(text, limit) : -1;
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

    private static boolean closes(String text, int j, char open) {
        char c = text.charAt(j);
        boolean letterBefore = j > 0 && Character.isLetterOrDigit(text.charAt(j - 1));
        boolean letterAfter = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
        if ((c == '\'' || c == '’') && letterBefore && letterAfter) return false;          // don't, Novak’s
        if (c == '"' || c == '\'' || c == '’' || c == '”' || c == '“' && open != '„') {
            if (j > 0 && Character.isWhitespace(text.charAt(j - 1)) && !(c == '“' && open == '„')) return false;   // an opening one
        }
        return true;
    }
}
