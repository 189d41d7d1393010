package org.w3id.newskg.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.model.NewskgException;

/**
 * Offices with time: who held which office of which country from when to when ({@code data/wikidata/holders.tsv}),
 * so that "der russische Außenminister" in an article of a given date can be resolved to the holder at that date, and
 * a person's offices at a date can be read. Loaded once per JVM ({@link #shipped}), immutable, shared between
 * threads.
 *
 * <p>The sources are snapshots with gaps: an empty end means only that the source names none. So a holding that is
 * {@link Holding.Tenure#OPEN} at a date is taken as held then unless it is <em>superseded</em>: for an office only one
 * person holds at a time ({@link #SINGLE}), a later start of another person in the same office class and country
 * before the date ends it. {@link #holder} answers only when that leaves one person and the source's snapshot covers
 * the date; {@link #holders} gives every candidate, most likely first, for callers that weigh them.
 *
 * {@snippet :
 * Offices offices = Offices.shipped();
 * String russia = Gazetteer.shipped().lookup("Russland", "country").getFirst().qid();
 * List<Holding> h = offices.holders("politics/foreign-minister", russia, LocalDate.of(2020, 5, 1));   // the holder then
 * Optional<Holding> sure = offices.holder("politics/foreign-minister", russia, LocalDate.of(2020, 5, 1));
 * List<Holding> then = offices.heldAt(h.getFirst().qid(), LocalDate.of(2020, 5, 1));               // all offices then
 * }
 */
public final class Offices {
    /**
     * Office classes only one person holds at a time in one country: a later start of another person ends an
     * open-ended holding. Other classes (ministers in general, deputies, ambassadors, judges) have many holders.
     */
    public static final Set<String> SINGLE = Set.of("politics/head-of-state", "politics/head-of-government", "politics/vice-president",
            "politics/chancellor", "politics/vice-chancellor", "politics/foreign-minister", "politics/finance-minister",
            "politics/defence-minister", "politics/interior-minister", "politics/justice-minister", "politics/economy-minister",
            "politics/health-minister");

    private static final Offices EMPTY = new Offices(List.of());
    private static final Shipped<Offices> SHIPPED = new Shipped<>("holders.tsv", (in, name) -> read(in, Gazetteer.shippedSources(), name));

    private final Map<String, List<Holding>> byPerson = new HashMap<>();
    private final Map<String, List<Holding>> byClass = new HashMap<>();
    private final Map<String, List<Holding>> byClassCountry = new HashMap<>();   // "class country" → holdings
    private final int size;

    private Offices(Collection<Holding> holdings) {
        for (Holding h : holdings) {
            byPerson.computeIfAbsent(h.qid(), k -> new ArrayList<>(2)).add(h);
            for (String c : h.classes()) {
                byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(h);
                if (h.countries().isEmpty()) byClassCountry.computeIfAbsent(c + " ", k -> new ArrayList<>()).add(h);
                for (String q : h.countries()) byClassCountry.computeIfAbsent(c + " " + q, k -> new ArrayList<>()).add(h);
            }
        }
        byPerson.replaceAll((k, v) -> List.copyOf(v));
        byClass.replaceAll((k, v) -> List.copyOf(v));
        byClassCountry.replaceAll((k, v) -> List.copyOf(v));
        this.size = holdings.size();
    }

    /** No holdings (a gazetteer without offices, such as a user's). */
    public static Offices none() { return EMPTY; }

    /** A set of holdings (tests, a user's data). */
    public static Offices of(Collection<Holding> holdings) { return new Offices(holdings); }

    /** The shipped offices, loaded on first use with the evidence URLs of {@code sources.tsv}. */
    public static Offices shipped() { return SHIPPED.get(); }

    /** Holdings in the format of {@code holders.tsv}; evidence ids are expanded with {@code sources} (id → URL). */
    public static Offices read(InputStream in, Map<String, String> sources, String name) throws IOException {
        Map<String, Object> shared = new HashMap<>();
        List<Holding> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            if (c.length != 10) throw new NewskgException(name + ":" + n + ": " + c.length + " columns, expected 10");
            try {
                Set<String> flags = set(c[8]);
                out.add(new Holding(intern(shared, c[0]), intern(shared, dash(c[1])), intern(shared, dash(c[2])), internSet(shared, c[3], ","),
                        internSet(shared, c[4], ";"), intern(shared, dash(c[5])), intern(shared, dash(c[6])), date(shared, c[5], false), date(shared, c[6], true),
                        date(shared, c[7], false), flags.contains("contested"),
                        (String) shared.computeIfAbsent("\u0001" + c[9], k -> Gazetteer.expand(c[9], sources))));
            } catch (RuntimeException e) {
                throw new NewskgException(name + ":" + n + ": " + e.getMessage(), e);
            }
        }
        return new Offices(out);
    }

    /**
     * The day an article speaks of, for comparing its titles with offices: the date of its {@code datePublished} (an
     * ISO date or date-time; a year or a month alone mean their first day), else {@code today}. Linking reads it so;
     * extraction should too, so that both ask {@link #holders} and {@link #heldAt} about the same day.
     */
    public static LocalDate dateOf(Optional<String> datePublished, LocalDate today) {
        if (datePublished.isPresent()) {
            String d = datePublished.get().strip();
            try {
                if (d.length() >= 10 && d.charAt(4) == '-' && d.charAt(7) == '-') return parse(d.substring(0, 10), false).orElse(today);
                if (d.length() == 7 || d.length() == 4) return parse(d, false).orElse(today);
            } catch (IllegalArgumentException ignored) {
                // not a date after all: today
            }
        }
        return today;
    }

    /** Every holding of a person, in the order of the file. */
    public List<Holding> of(String qid) { return byPerson.getOrDefault(qid, List.of()); }

    /** The offices of those who lead a country: a head of state or of government (one at a time per country). */
    public static final Set<String> LEADERS = Set.of("politics/head-of-state", "politics/head-of-government");

    /**
     * Whether the person led a country (a {@link #LEADERS} office) at some time in the {@code years} before the date
     * or on it: the people news names by surname alone ("Orlov", "Lindgren"). A holding without an end counts when it
     * began by the date and no later holder of the office followed (a source may simply lack the end).
     */
    public boolean ledWithin(String qid, LocalDate date, int years) {
        LocalDate since = date.minusYears(years);
        for (Holding h : of(qid)) {
            if (h.classes().stream().noneMatch(LEADERS::contains) || h.from().isEmpty() || h.from().get().isAfter(date)) continue;
            if (h.until().isPresent() ? !h.until().get().isBefore(since) : !superseded(h, date)) return true;
        }
        return false;
    }

    /** How many holdings there are. */
    public int size() { return size; }

    /**
     * The person's holdings that cover the date, as far as the sources say: held ({@link Holding.Tenure#HELD}), or
     * open-ended and not superseded by a later holder.
     */
    public List<Holding> heldAt(String qid, LocalDate date) {
        List<Holding> out = new ArrayList<>();
        for (Holding h : of(qid))
            if (h.at(date) != Holding.Tenure.NOT_HELD && !superseded(h, date)) out.add(h);
        return out;
    }

    /**
     * The holdings of an office class in a country (its QID; null for any country) that cover the date, the most
     * likely first: held before open, a later start before an earlier one. Superseded open holdings are left out.
     */
    public List<Holding> holders(String officeClass, String countryQid, LocalDate date) {
        List<Holding> out = new ArrayList<>();
        List<Holding> some = countryQid == null ? byClass.getOrDefault(officeClass, List.of()) : byClassCountry.getOrDefault(officeClass + " " + countryQid, List.of());
        for (Holding h : some)
            if (h.at(date) != Holding.Tenure.NOT_HELD && !superseded(h, date)) out.add(h);
        out.sort(Comparator.comparing((Holding h) -> h.at(date)).thenComparing((Holding h) -> h.from().orElse(LocalDate.MIN), Comparator.reverseOrder()));
        return out;
    }

    /**
     * The one person who held an office of one holder at a time ({@link #SINGLE}) in a country at a date, when the
     * sources say so surely: every holding left by {@link #holders} is that person's, none is contested, and one of
     * them is held with a known end, or is open-ended with a snapshot no older than the date. Empty otherwise: no
     * holder, several, or a snapshot older than the date (a source of 2022 cannot say who is foreign minister in
     * 2026).
     */
    public Optional<Holding> holder(String officeClass, String countryQid, LocalDate date) {
        if (!SINGLE.contains(officeClass)) return Optional.empty();
        List<Holding> hs = holders(officeClass, countryQid, date);
        if (hs.isEmpty() || hs.stream().map(Holding::qid).distinct().count() != 1 || hs.stream().anyMatch(Holding::contested))
            return Optional.empty();
        return hs.stream().filter(h -> h.at(date) == Holding.Tenure.HELD || h.knownAt(date)).findFirst();
    }

    /**
     * An open-ended holding of an office of one holder at a time is superseded at a date when another person's
     * holding of the same class in the same country starts after it and not after the date.
     */
    boolean superseded(Holding h, LocalDate date) {
        if (h.until().isPresent() || h.from().isEmpty()) return false;
        for (String c : h.classes()) {
            if (!SINGLE.contains(c)) continue;
            for (String q : h.countries().isEmpty() ? Set.of("") : h.countries())
                for (Holding o : byClassCountry.getOrDefault(c + " " + q, List.of())) {
                    if (o.qid().equals(h.qid()) || o.from().isEmpty()) continue;
                    if (o.from().get().isAfter(h.from().get()) && !o.from().get().isAfter(date)) return true;
                }
        }
        return false;
    }

    private static String dash(String s) { return s.equals("-") ? "" : s; }

    private static Set<String> set(String s) {
        return dash(s).isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(s.split(",")));
    }

    /** A date cell as {@link #first} or {@link #last} reads it, one object per distinct cell (the file repeats them). */
    @SuppressWarnings("unchecked")
    private static Optional<LocalDate> date(Map<String, Object> shared, String cell, boolean end) {
        return (Optional<LocalDate>) shared.computeIfAbsent((end ? "\u0003" : "\u0002") + cell,
                k -> end ? last(dash(cell)) : first(dash(cell)));
    }

    /** The first day a partial ISO date can mean: "2004" → 2004-01-01, "2004-03" → 2004-03-01. */
    static Optional<LocalDate> first(String s) {
        String d = s.split(";")[0];
        return parse(d, false);
    }

    /** The last day the latest of ;-separated partial ISO dates can mean: "2004" → 2004-12-31. */
    static Optional<LocalDate> last(String s) {
        Optional<LocalDate> best = Optional.empty();
        for (String d : s.split(";")) {
            Optional<LocalDate> x = parse(d, true);
            if (x.isPresent() && (best.isEmpty() || x.get().isAfter(best.get()))) best = x;
        }
        return best;
    }

    /** A partial ISO date (yyyy, yyyy-mm, yyyy-mm-dd) as its first or last day; read by hand, the file has 30,000 of them. */
    private static Optional<LocalDate> parse(String d, boolean end) {
        if (d.isEmpty()) return Optional.empty();
        if (!digits(d, 0, 4) || !(d.length() == 4 || d.length() == 7 && d.charAt(4) == '-' && digits(d, 5, 7)
                || d.length() == 10 && d.charAt(4) == '-' && d.charAt(7) == '-' && digits(d, 5, 7) && digits(d, 8, 10)))
            throw new IllegalArgumentException("not a date: '" + d + "'");
        int y = Integer.parseInt(d, 0, 4, 10);
        if (d.length() == 4) return Optional.of(end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1));
        YearMonth ym;
        try {
            ym = YearMonth.of(y, Integer.parseInt(d, 5, 7, 10));
            if (d.length() == 7) return Optional.of(end ? ym.atEndOfMonth() : ym.atDay(1));
            return Optional.of(ym.atDay(Integer.parseInt(d, 8, 10, 10)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a date: '" + d + "'");
        }
    }

    private static boolean digits(String s, int from, int to) {
        if (s.length() < to) return false;
        for (int i = from; i < to; i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static String intern(Map<String, Object> shared, String s) {
        return (String) shared.computeIfAbsent(s, k -> k);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> internSet(Map<String, Object> shared, String cell, String sep) {
        String key = "\u0000" + sep + cell;
        return (Set<String>) shared.computeIfAbsent(key, k -> dash(cell).isEmpty() ? Set.of()
                : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(cell.split(sep)))));
    }
}
