package org.w3id.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.TokenRange;

/**
 * Turns one sentence of tokens with BIO tags into a {@link GoldSentence} with its person spans.
 *
 * <p>Only the type {@code PER} counts (case-insensitively, for the odd {@code B-PEr} of an OCR corpus); GermEval's
 * {@code PERpart} ("Hamilton" in "Hamiltonoperator") and {@code PERderiv} are other types and so no persons. An
 * {@code I-PER} that does not continue a person starts one (IOB1 and broken files). The text is the tokens joined
 * by single spaces unless a {@code text} is given in which the tokens can be found in order.
 */
final class BioTags {
    private BioTags() {}

    /** The person token ranges of a tag sequence. */
    static List<TokenRange> persons(List<String> tags) {
        List<TokenRange> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean per = tag.length() > 2 && tag.substring(2).equalsIgnoreCase("PER") && tag.charAt(1) == '-';
            boolean begins = per && (start < 0 || Character.toUpperCase(tag.charAt(0)) == 'B');
            if (start >= 0 && (!per || begins)) { out.add(new TokenRange(start, i)); start = -1; }
            if (begins) start = i;
        }
        return out;
    }

    /**
     * A sentence from its tokens and tags.
     *
     * @param text the sentence as written, or null; when the tokens cannot all be found in it in order, the joined
     *             tokens are used instead
     */
    static GoldSentence sentence(List<String> tokens, List<String> tags, String text, boolean newDocument) {
        int[] begin = new int[tokens.size()];
        String t = text == null ? null : align(tokens, text, begin);
        if (t == null) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < tokens.size(); i++) {
                if (i > 0) sb.append(' ');
                begin[i] = sb.length();
                sb.append(tokens.get(i));
            }
            t = sb.toString();
        }
        List<CharSpan> persons = new ArrayList<>();
        for (TokenRange r : persons(tags))
            persons.add(new CharSpan(begin[r.begin()], begin[r.end() - 1] + tokens.get(r.end() - 1).length()));
        return new GoldSentence(t, persons, newDocument);
    }

    private static String align(List<String> tokens, String text, int[] begin) {
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int found = text.indexOf(tokens.get(i), at);
            if (found < 0 || !text.substring(at, found).isBlank()) return null;
            begin[i] = found;
            at = found + tokens.get(i).length();
        }
        return text;
    }
}
