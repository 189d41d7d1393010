package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.EventCues.Kind;

/**
 * Reads the format of an event from a sentence, in the words of one language's event cues: a format named after
 * its introduction, quoted or as "A gegen B" ("im Format „zwei gegen zwei“", "im Format drei gegen drei"), or else
 * the first format phrase ("unter vier Augen", "one-on-one", "in a video call"). A phrase marked {@code before-event}
 * counts only before an event noun and gives its first word ("bilaterales Treffen" → "bilaterales", but not
 * "bilaterale Beziehungen"). Immutable, one per language.
 *
 * {@snippet :
 * new Formats(Lexicon.of("de")).in("Sie sprachen unter vier Augen.", w -> false);   // Optional[unter vier Augen]
 * }
 */
final class Formats {
    /** A quoted format name has at least two and at most forty characters. */
    private static final String QUOTED_LENGTH = "{2,40}";

    private final Pattern format;
    private final List<Pattern> modifiers = new ArrayList<>();

    Formats(Lexicon lex) {
        EventCues cues = lex.eventCues();
        String open = marks(lex, true), close = marks(lex, false);
        String quoted = "[" + open + "](?<quoted>[^" + close + "]" + QUOTED_LENGTH + ")[" + close + "]";
        List<String> phrases = new ArrayList<>();
        for (EventCues.Cue c : cues.all(Kind.FORMAT)) {
            String p = phrase(c.words());
            phrases.add(p);
            if (c.value().equals("before-event")) modifiers.add(Pattern.compile("(?iu)" + p));
        }
        String intro = cues.all(Kind.FORMAT_INTRO).stream().map(c -> c.words().stream().map(Pattern::quote).collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        String versus = cues.all(Kind.FORMAT_VERSUS).stream().map(c -> Pattern.quote(c.phrase())).collect(Collectors.joining("|"));
        String named = intro.isEmpty() || versus.isEmpty() ? ""
                : "(?:(?:" + intro + ")\\s+(?:" + quoted + "|(?<versus>\\p{L}+\\s+(?:" + versus + ")\\s+\\p{L}+)))|";
        this.format = Pattern.compile("(?iu)" + named + "\\b(?<phrase>" + String.join("|", phrases) + ")\\b");
    }

    /** The opening (or closing) quotation marks of the lexicon, apostrophes aside, quoted for a character class. */
    private static String marks(Lexicon lex, boolean opening) {
        StringBuilder out = new StringBuilder();
        for (Lexicon.QuoteMark m : lex.quoteMarks().values())
            for (char c : (opening ? String.valueOf(m.open()) : m.closers()).toCharArray())
                if (!lex.isApostrophe(c) && out.indexOf(String.valueOf(c)) < 0) out.append(c);   // none is special in a character class
        return out.toString();
    }

    /**
     * A phrase of the cues as a pattern: words joined by one space, "*" any one word after any space, a word ending
     * in "?" one that may be missing with its space.
     */
    private static String phrase(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean last = i == words.size() - 1;
            if (w.equals("*")) sb.append("\\s+\\p{L}+");
            else if (w.endsWith("?") && !last) sb.append("(?:").append(Pattern.quote(w.substring(0, w.length() - 1))).append(" )?");
            else sb.append(Pattern.quote(w)).append(last || words.get(i + 1).equals("*") ? "" : " ");
        }
        return sb.toString();
    }

    /**
     * The format the sentence names; a format named after its introduction wins over a phrase anywhere in the
     * sentence ("im kleinen Kreis … im Format drei gegen drei").
     *
     * @param eventNoun whether a word is an event noun, for the phrases that count only before one
     */
    Optional<String> in(String sentence, Predicate<String> eventNoun) {
        Matcher m = format.matcher(sentence);
        String general = null;
        while (m.find()) {
            if (m.group("phrase") == null) return Optional.of((m.group("quoted") != null ? m.group("quoted") : m.group("versus")).strip());
            String phrase = m.group("phrase").strip();
            if (modifiers.stream().anyMatch(p -> p.matcher(phrase).matches())) {
                if (!eventNoun.test(phrase.substring(phrase.lastIndexOf(' ') + 1))) continue;
                if (general == null) general = phrase.substring(0, phrase.indexOf(' '));
            } else if (general == null) general = phrase;
        }
        return Optional.ofNullable(general);
    }
}
