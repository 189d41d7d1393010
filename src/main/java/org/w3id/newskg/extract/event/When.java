package org.w3id.newskg.extract.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.model.Token;

/**
 * When an event takes place, as a sentence says it: a weekday ("am Mittwochabend", "on Tuesday night"), a
 * day and month ("am 14. März", "on March 14", "17. und 18. März": the first day), a year with them, or a
 * day relative to the publication ("gestern", "yesterday"). The words are the {@code weekday}, {@code month},
 * {@code relday} and {@code day-suffix} cues of the language.
 *
 * {@snippet :
 * When.in(tokens, Lexicon.of("de").eventCues(), published, false);   // Optional[When[key=weekday 3, date=Optional[2025-03-12]]]
 * }
 *
 * @param key  what the words say, comparable between two mentions ("weekday 3", "date 3-14", "day -1")
 * @param date the ISO date when it can be fixed: from the words alone when they give the year, else against
 *             the publication date (a weekday: the last such day up to it for an event that took place, the next
 *             one from it for a planned event)
 */
record When(String key, Optional<String> date) {
    /** A day and month up to this many days after the publication is still this year's for an event that took place (a date a little ahead of an early publication). */
    static final int DAYS_AHEAD = 7;

    /** The first time expression among the tokens. */
    static Optional<When> in(List<Token> toks, EventCues cues, Optional<LocalDate> published, boolean planned) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            String w = t.text();
            Optional<Integer> day = dayNumber(w, cues);
            if (day.isPresent()) {
                int j = i + 1;
                if (j < toks.size() && toks.get(j).text().equals(".")) j++;
                int k = j;
                if (k + 1 < toks.size() && (toks.get(k).is("CCONJ") || toks.get(k).text().equals("-") || toks.get(k).text().equals("–"))
                        && dayNumber(toks.get(k + 1).text(), cues).isPresent()) {
                    k += 2;
                    if (k < toks.size() && toks.get(k).text().equals(".")) k++;
                }
                if (k < toks.size() && toks.get(k).isCapitalised()) {
                    Optional<Integer> month = cues.number(Kind.MONTH, toks.get(k).text());
                    if (month.isPresent()) return Optional.of(date(day.get(), month.get(), year(toks, k + 1), published, planned));
                }
            }
            Optional<Integer> month = cues.number(Kind.MONTH, w);
            if (month.isPresent() && t.isCapitalised() && i + 1 < toks.size()) {
                Optional<Integer> d = dayNumber(toks.get(i + 1).text(), cues);
                if (d.isPresent()) return Optional.of(date(d.get(), month.get(), year(toks, i + 2), published, planned));
            }
            Optional<Integer> weekday = cues.prefixNumber(Kind.WEEKDAY, w);
            if (weekday.isPresent() && t.isCapitalised()) {
                Optional<String> iso = published.map(p -> {
                    DayOfWeek dow = DayOfWeek.of(weekday.get());
                    return (planned ? p.with(TemporalAdjusters.nextOrSame(dow)) : p.with(TemporalAdjusters.previousOrSame(dow))).toString();
                });
                return Optional.of(new When("weekday " + weekday.get(), iso));
            }
            Optional<Integer> rel = cues.number(Kind.RELDAY, w);
            if (rel.isPresent()) return Optional.of(new When("day " + rel.get(), published.map(p -> p.plusDays(rel.get()).toString())));
        }
        return Optional.empty();
    }

    private static When date(int day, int month, Optional<Integer> year, Optional<LocalDate> published, boolean planned) {
        Optional<String> iso = Optional.empty();
        try {
            if (year.isPresent()) iso = Optional.of(LocalDate.of(year.get(), month, day).toString());
            else if (published.isPresent()) {
                LocalDate p = published.get();
                LocalDate d = LocalDate.of(p.getYear(), month, day);
                if (planned && d.isBefore(p)) d = d.plusYears(1);
                if (!planned && d.isAfter(p.plusDays(DAYS_AHEAD))) d = d.minusYears(1);
                iso = Optional.of(d.toString());
            }
        } catch (DateTimeException e) {
            iso = Optional.empty();
        }
        return new When("date " + month + "-" + day, iso);
    }

    private static Optional<Integer> year(List<Token> toks, int i) {
        if (i < toks.size() && toks.get(i).text().equals(",")) i++;
        if (i < toks.size() && toks.get(i).text().matches("(19|20)\\d\\d")) return Optional.of(Integer.valueOf(toks.get(i).text()));
        return Optional.empty();
    }

    /** The day of the month a token writes: "14", "14.", "14th" (a {@code day-suffix} cue), from 1 to 31. */
    private static Optional<Integer> dayNumber(String w, EventCues cues) {
        String d = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        String lower = d.toLowerCase(Locale.ROOT);
        for (EventCues.Cue suffix : cues.all(Kind.DAY_SUFFIX)) {
            if (lower.endsWith(suffix.phrase())) {
                d = d.substring(0, d.length() - suffix.phrase().length());
                break;
            }
        }
        if (!d.matches("\\d{1,2}")) return Optional.empty();
        int n = Integer.parseInt(d);
        return n >= 1 && n <= 31 ? Optional.of(n) : Optional.empty();
    }

    /** The publication date of an article ("2025-08-16", "2025-08-16T09:30:00Z"), when it has one. */
    static Optional<LocalDate> published(Optional<String> datePublished) {
        return datePublished.filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}.*")).flatMap(d -> {
            try {
                return Optional.of(LocalDate.parse(d.substring(0, 10)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        });
    }
}
