package org.w3id.newskg.extract.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;

/**
 * Reads how long an event lasted from a sentence, in the words of one language's event cues: hours ("zwei Stunden
 * und 45 Minuten", "two and a half hours", "a three-hour meeting"), minutes ("90 Minuten", "a 45-minute call"),
 * adjectives of hours or days ("einer fast fünfstündigen Sitzung", "zweitägigen Klausur") and days ("a three-day
 * conference", at most {@link #MAX_DAYS}). The first of these that the sentence has, in that order, wins; numbers are
 * digits (with ",5" or ".5") or the {@code number} cues. Immutable, one per language.
 *
 * {@snippet :
 * new Durations(Lexicon.of("de").eventCues()).in("Die Gespräche dauerten zweieinhalb Stunden.");   // Optional[PT2H30M]
 * }
 */
final class Durations {
    /** More days than this are no event's length but a period ("the 30 days after the vote"). */
    static final int MAX_DAYS = 14;
    /** A number in digits (a half as ",5" or ".5") or a word, to be read by {@link #number}. */
    private static final String NUM = "\\d+(?:[.,]5)?|[a-zäöüß]+";

    private final Map<String, Double> numbers = new HashMap<>();
    private final Set<String> dayAdjectives;
    /** Whether the language has a phrase that adds half an hour ("and a half"). */
    private final boolean halves;
    /** Whether minutes can follow the hours ("zwei Stunden und 45 Minuten"): some {@code minutes} cue is {@code after-hours}. */
    private final boolean andMinutes;
    private final Pattern hours, minutes, adjective, days;

    Durations(EventCues cues) {
        for (EventCues.Cue c : cues.all(Kind.NUMBER)) numbers.put(c.phrase(), Double.valueOf(c.value()));
        List<String> half = cues.all(Kind.HALF).stream().map(c -> "\\s+" + String.join("\\s+", c.words().stream().map(Pattern::quote).toList()) + "\\s+").toList();
        String afterHours = words(cues.all(Kind.MINUTES).stream().filter(c -> c.value().equals("after-hours")).toList());
        this.halves = !half.isEmpty();
        this.andMinutes = !afterHours.isEmpty();
        String tail = afterHours.isEmpty() ? "" : "(?:\\s+(?:" + words(cues.all(Kind.AND)) + ")\\s+(?<minutes>" + NUM + ")\\s+(?:" + afterHours + "))?";
        this.hours = Pattern.compile("(?iu)\\b(?<hours>" + NUM + ")(?:[ -]" + (halves ? "|(?<half>" + String.join("|", half) + ")" : "") + ")(?:"
                + words(cues.all(Kind.HOURS)) + ")\\b" + tail);
        this.minutes = Pattern.compile("(?iu)\\b(" + NUM + ")[ -](?:" + words(cues.all(Kind.MINUTES)) + ")\\b");
        this.dayAdjectives = cues.all(Kind.DAY_ADJECTIVE).stream().map(EventCues.Cue::phrase).collect(Collectors.toSet());
        List<EventCues.Cue> adjectives = new ArrayList<>(cues.all(Kind.HOUR_ADJECTIVE));
        adjectives.addAll(cues.all(Kind.DAY_ADJECTIVE));
        this.adjective = adjectives.isEmpty() ? null : Pattern.compile("(?iu)\\b([a-zäöüß]+?)(" + words(adjectives) + ")(?:e|en|er|es|em)?\\b");
        this.days = Pattern.compile("(?iu)\\b(" + NUM + ")[ -](?:" + words(cues.all(Kind.DAYS)) + ")\\b");
    }

    /** The cues' words as alternatives of a pattern, in file order. */
    private static String words(List<EventCues.Cue> cues) {
        return cues.stream().map(c -> Pattern.quote(c.phrase())).collect(Collectors.joining("|"));
    }

    /** The duration the text states, if any. */
    Optional<Duration> in(String text) {
        Matcher m = hours.matcher(text);
        while (m.find()) {
            Double h = number(m.group("hours"));
            if (h == null) continue;
            if (halves && m.group("half") != null) h += 0.5;
            String minutesWord = andMinutes ? m.group("minutes") : null;
            Double min = minutesWord == null ? Double.valueOf(0) : number(minutesWord);
            if (min == null) min = 0.0;
            return Optional.of(Duration.ofMinutes(Math.round(h * 60 + min)));
        }
        m = minutes.matcher(text);
        while (m.find()) {
            Double min = number(m.group(1));
            if (min != null) return Optional.of(Duration.ofMinutes(Math.round(min)));
        }
        if (adjective != null) {
            m = adjective.matcher(text);
            while (m.find()) {
                Double n = number(m.group(1));
                if (n == null) continue;
                boolean inDays = dayAdjectives.contains(m.group(2).toLowerCase(Locale.ROOT));
                return Optional.of(inDays ? Duration.ofDays(Math.round(n)) : Duration.ofMinutes(Math.round(n * 60)));
            }
        }
        m = days.matcher(text);
        while (m.find()) {
            Double n = number(m.group(1));
            if (n != null && n >= 1 && n <= MAX_DAYS) return Optional.of(Duration.ofDays(Math.round(n)));
        }
        return Optional.empty();
    }

    private Double number(String w) {
        String x = w.replace(',', '.');
        if (x.matches("\\d+(\\.5)?")) return Double.valueOf(x);
        return numbers.get(w.toLowerCase(Locale.ROOT));
    }
}
