package org.w3id.newskg.kb;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One office a person held, as a source states it: a row of {@code data/wikidata/holders.tsv}.
 *
 * @param qid       the person
 * @param office    the office as the source names it ("Minister of Foreign Affairs"); empty when the source gave none
 * @param officeQid the office's QID(s), ;-separated, where the source gives one; else empty
 * @param classes   its office classes ({@link OfficeClasses}): {@code politics/foreign-minister}, {@code politics/minister}
 * @param countries QIDs of the country (or, rarely, two countries) the office belongs to; empty for international ones
 * @param start     the start as the source writes it (a year, a month or a day: "2004", "2004-03-09"); empty if unknown
 * @param end       the end likewise; empty when the source names no end, which does not mean the person is in office
 * @param from      the first day the start can mean (1 January for a year); empty if unknown
 * @param until     the last day the end can mean (31 December for a year; the latest of several ends); empty if none
 * @param asOf      the date of the source's snapshot: what it says holds up to then at most
 * @param contested another open-ended holder of this office starts in the same year in the same source: neither is
 *                  taken as the holder
 * @param evidence  the pinned URLs the row was read from, space-separated
 */
public record Holding(String qid, String office, String officeQid, Set<String> classes, Set<String> countries, String start, String end,
                      Optional<LocalDate> from, Optional<LocalDate> until, Optional<LocalDate> asOf, boolean contested, String evidence) {

    /** Whether a holding covers a date, as far as its source says. */
    public enum Tenure {
        /** The date lies between a known start (or none) and a known end. */
        HELD,
        /** The date lies after the start, and the source names no end: held then, if the person had not left. */
        OPEN,
        /** The date lies before the start or after the end. */
        NOT_HELD
    }

    /** Whether this holding covers the date (both ends inclusive, each as wide as the source's precision allows). */
    public Tenure at(LocalDate date) {
        if (from.isPresent() && date.isBefore(from.get())) return Tenure.NOT_HELD;
        if (until.isPresent()) return date.isAfter(until.get()) ? Tenure.NOT_HELD : Tenure.HELD;
        return Tenure.OPEN;
    }

    /** Whether the source's snapshot is at least as new as the date: an open end then means "still held". */
    public boolean knownAt(LocalDate date) {
        return asOf.isPresent() && !date.isAfter(asOf.get());
    }

    /** The office with its years, for evidence: "Minister of Foreign Affairs 2004–". */
    public String span() {
        return (office.isEmpty() ? "office " + officeQid : office) + " " + (start.isEmpty() ? "?" : start) + "–" + end.replaceAll(".*;", "");
    }
}
