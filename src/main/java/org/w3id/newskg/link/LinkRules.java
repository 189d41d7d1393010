package org.w3id.newskg.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.w3id.newskg.kb.Holding;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.kb.OfficeClasses;
import org.w3id.newskg.kb.Offices;
import org.w3id.newskg.model.LinkDecision;

/**
 * Decides between the items an entity's names matched, with what the article says about the entity. A wrong
 * owl:sameAs is worse than none, so the rules only link when nothing speaks against the item and every other
 * candidate is ruled out or set apart:
 *
 * <ol>
 *   <li>An item is <b>ruled out</b> when the article contradicts it: an office of another domain ("Fußballtrainer"
 *       for a politician: sport against politics) or another country ("French President" for the head of state
 *       of Russia).</li>
 *   <li>It <b>agrees</b> when an office of the article is one of the item's (a specific one: "politician" alone
 *       does not count), a country of the article is one of the item's, or an organisation of the article is named
 *       in the item's description ("CDU-Chef" and "German politician (CDU)"); an office the person only took up after
 *       the article's date does not agree. An office agrees <b>at the date</b> when the sources say the person held
 *       it then ({@link Offices#heldAt}, with a known end, or open-ended in a snapshot no older than the date:
 *       "Außenminister" for the foreign minister in office then).</li>
 *   <li>A <b>whole name</b> (exact or transliterated) links when exactly one item remains and it agrees; without
 *       agreeing context only when the name matched that one item alone and, for a person, the person held a
 *       {@link #DISTINCTIVE} office ("Olaf Scholz" alone is the chancellor; "Zoltán Kovács" alone may be any of many
 *       Hungarians of that name, not the state secretary the gazetteer knows). In the open world (online) it must
 *       always agree.</li>
 *   <li>A name with <b>initials</b> for the item's given names ("Joseph R. Biden") links like a whole name,
 *       offline. A <b>partial name</b>, with more words than the item's, never links: "George H. W. Bush" has
 *       every word of "George W. Bush" and is someone else. (A name with fewer words than the item's does not
 *       match at all: "George Bush" leaves out what sets George W. Bush apart.)</li>
 *   <li>A <b>surname alone</b> (offline only, and only when the article never gave another first name) links when
 *       the gazetteer has exactly one person of that surname and the item agrees; or, when others remain or were
 *       ruled out, when the context sets one apart ({@link #setApart}).</li>
 *   <li>When <b>several items remain</b> (offline), the context may set one apart ({@link #setApart}): the only one
 *       whose office at the date is the article's; failing that, the only one who ever held a distinctive office
 *       the article names ({@link #DISTINCTIVE}: "Altkanzler Schröder"); failing that, the only one whose
 *       description names the article's organisation.</li>
 *   <li>Anything else with candidates is Unsure (candidates with scores, never owl:sameAs); no candidate is Unlinked.</li>
 * </ol>
 *
 * Every Linked decision carries its evidence: the names that matched, the context that agreed, the offices held at
 * the date, what set it apart from the others, where the QID comes from.
 */
final class LinkRules {
    private static final String GENERIC_OFFICE = OfficeClasses.POLITICIAN;

    /**
     * Offices few people hold in one country, so that having held one sets a person apart from namesakes even at
     * another date: a head of state or government, a vice-president or vice-chancellor, a minister of one of the
     * named ministries, a monarch, a secretary-general. "Minister" or "President" alone are not among them.
     */
    static final Set<String> DISTINCTIVE;
    static {
        Set<String> d = new TreeSet<>(Offices.SINGLE);
        d.addAll(Set.of("politics/monarch", "politics/secretary-general", "politics/deputy-head-of-government"));
        DISTINCTIVE = Set.copyOf(d);
    }

    /**
     * A candidate item with what the article says for and against it.
     *
     * @param now      the office classes of the article that the person held at its date
     * @param ever     the office classes of the article that the person held at some time (or the description names)
     * @param org      whether an organisation of the article is named in the item's description
     * @param heldThen the holdings at the date that agree with an office of the article, for the evidence
     * @param heldOpen the open-ended holdings that agree with an office of the article and may still have been held
     *                 at the date, though their source is older, for the evidence
     * @param prominent whether the item is a person who held a {@link #DISTINCTIVE} office by the article's date (or
     *                 whose description names one), or is no person at all
     * @param heldNow  every office the sources say the person held at the article's date, or held with no end known
     */
    record Judgement(NameIndex.Match match, List<String> agrees, List<String> contradicts, Set<String> now, Set<String> ever, boolean org,
                     List<Holding> heldThen, List<Holding> heldOpen, boolean prominent, List<Holding> heldNow) {
        boolean ruledOut() { return !contradicts.isEmpty(); }

        double score() {
            double base = switch (match.level()) {
                case EXACT -> 0.95;
                case TRANSLIT -> 0.9;
                case INITIALS -> 0.85;
                case PARTIAL -> 0.7;
                case SURNAME -> 0.6;
            };
            if (ruledOut()) return Math.round(base * 20) / 100.0;
            return Math.min(1.0, Math.round((base + 0.02 * agrees.size() + (now.isEmpty() ? 0 : 0.02)) * 100) / 100.0);
        }
    }

    private LinkRules() {}

    static Judgement judge(NameIndex.Match m, ArticleContext ctx, Offices offices) {
        KnownItem it = m.item();
        List<String> agrees = new ArrayList<>();
        List<String> contradicts = new ArrayList<>();
        Set<String> now = new LinkedHashSet<>();
        Set<String> ever = new LinkedHashSet<>();
        List<Holding> then = new ArrayList<>();
        List<Holding> open = new ArrayList<>();
        for (Holding h : offices.heldAt(it.qid(), ctx.date()))
            (h.at(ctx.date()) == Holding.Tenure.HELD || h.knownAt(ctx.date()) ? then : open).add(h);
        List<Holding> heldOpen = new ArrayList<>();
        Set<String> thenClasses = new LinkedHashSet<>();
        then.forEach(h -> thenClasses.addAll(h.classes()));
        Set<String> itemOffices = officesBy(it, offices, ctx);
        List<Holding> heldThen = new ArrayList<>();
        for (Map.Entry<String, Set<String>> o : new TreeMap<>(ctx.offices()).entrySet()) {   // sorted: evidence text is stable
            Set<String> specific = new LinkedHashSet<>(o.getValue());
            specific.remove(GENERIC_OFFICE);
            Set<String> shared = new LinkedHashSet<>(specific);
            shared.retainAll(itemOffices);
            if (!shared.isEmpty()) {
                agrees.add("office '" + o.getKey() + "' agrees (" + String.join(", ", shared) + ")");
                ever.addAll(shared);
                for (Holding h : open) if (h.classes().stream().anyMatch(shared::contains) && !heldOpen.contains(h)) heldOpen.add(h);
            }
            Set<String> sharedNow = new LinkedHashSet<>(specific);
            sharedNow.retainAll(thenClasses);
            if (!sharedNow.isEmpty()) {
                now.addAll(sharedNow);
                for (Holding h : then) if (h.classes().stream().anyMatch(sharedNow::contains) && !heldThen.contains(h)) heldThen.add(h);
            }
            Set<String> ours = OfficeClasses.domains(o.getValue());
            Set<String> theirs = OfficeClasses.domains(it.offices());
            if (!ours.isEmpty() && !theirs.isEmpty() && ours.stream().noneMatch(theirs::contains))
                contradicts.add("office '" + o.getKey() + "' (" + String.join(", ", ours) + ") contradicts '" + it.description()
                        + "' (" + String.join(", ", theirs) + ")");
        }
        if (!ctx.countries().isEmpty() && !it.countries().isEmpty()) {
            List<String> same = new ArrayList<>();
            for (Map.Entry<String, Optional<String>> c : new TreeMap<>(ctx.countries()).entrySet()) {
                boolean byQid = c.getValue().isPresent() && it.countries().contains(c.getValue().get());
                if (byQid || it.countryNames().contains(NameKeys.plain(c.getKey())))
                    same.add(c.getKey() + c.getValue().map(q -> " (" + q + ")").orElse(""));
            }
            if (!same.isEmpty()) agrees.add("country " + String.join(", ", same) + " agrees");
            else contradicts.add("country " + String.join(", ", new TreeSet<>(ctx.countries().keySet())) + " contradicts '" + it.description() + "'");
        }
        String description = " " + NameKeys.plain(it.description()) + " ";
        boolean org = false;
        for (String o : new TreeSet<>(ctx.orgs())) {
            String k = NameKeys.plain(o);
            if (k.length() >= 2 && description.contains(" " + k + " ")) {
                agrees.add("organisation '" + o + "' named in '" + it.description() + "'");
                org = true;
            }
        }
        boolean prominent = !it.isPerson() || itemOffices.stream().anyMatch(DISTINCTIVE::contains);
        List<Holding> current = new ArrayList<>(then);
        current.addAll(open);
        return new Judgement(m, agrees, contradicts, now, ever, org, heldThen, heldOpen, prominent, current);
    }

    /**
     * The office classes an item can agree with at the article's date: those of its description and of every office
     * it held, less the classes that only offices begun after the date give ("Außenminister" in an article of 2000 is
     * not someone who became foreign minister in 2004).
     */
    static Set<String> officesBy(KnownItem it, Offices offices, ArticleContext ctx) {
        List<Holding> all = offices.of(it.qid());
        if (all.isEmpty()) return it.offices();
        Set<String> before = new LinkedHashSet<>();
        Set<String> later = new LinkedHashSet<>();
        for (Holding h : all) {
            if (h.from().isPresent() && h.from().get().isAfter(ctx.date())) later.addAll(h.classes());
            else before.addAll(h.classes());
        }
        later.removeAll(before);
        if (later.isEmpty()) return it.offices();
        Set<String> out = new LinkedHashSet<>(it.offices());
        out.removeAll(later);
        return out;
    }

    /** {@link #decide(List, ArticleContext, boolean, boolean, Offices)} without offices held (the online linker's items). */
    static LinkDecision decide(List<NameIndex.Match> matches, ArticleContext ctx, boolean surnameOnly, boolean openWorld) {
        return decide(matches, ctx, surnameOnly, openWorld, Offices.none());
    }

    /**
     * The decision for one entity from its matches: {@code surnameOnly} when the entity was only ever named by
     * its surname, {@code openWorld} when the candidates come from Wikidata itself rather than a closed gazetteer.
     */
    static LinkDecision decide(List<NameIndex.Match> matches, ArticleContext ctx, boolean surnameOnly, boolean openWorld, Offices offices) {
        if (matches.isEmpty()) return new LinkDecision.Unlinked("no known item of this type with this name");
        List<Judgement> all = matches.stream().map(m -> judge(m, ctx, offices)).toList();
        List<Judgement> left = all.stream().filter(j -> !j.ruledOut()).toList();
        if (left.isEmpty()) return unsure(all);
        if (left.size() == 1) {
            Judgement j = left.getFirst();
            boolean agrees = !j.agrees().isEmpty();
            boolean alone = all.size() == 1;
            boolean sure = switch (j.match().level()) {
                case EXACT, TRANSLIT -> openWorld ? agrees : alone && j.prominent() || agrees;
                case INITIALS -> !openWorld && (alone && j.prominent() || agrees);
                case PARTIAL -> false;
                case SURNAME -> !openWorld && surnameOnly && (alone && (agrees || inOfficeInItsCountry(j, ctx)) || setApart(left).isPresent());
            };
            String why = !alone ? "the others are ruled out"
                    : agrees || !j.match().item().isPerson() || j.match().level() == NameIndex.Level.SURNAME ? null
                    : "the only known person of this name, who held " + String.join(", ", distinctive(officesBy(j.match().item(), offices, ctx)));
            return sure ? linked(j, all, why) : unsure(all);
        }
        if (openWorld) return unsure(all);
        Optional<Judgement> pick = setApart(left);
        if (pick.isEmpty() && surnameOnly) {   // "Hale sagte …" in an article naming the USA: the one of them in office there
            List<Judgement> current = left.stream().filter(x -> inOfficeInItsCountry(x, ctx)).toList();
            if (current.size() == 1) pick = Optional.of(current.getFirst());
        }
        if (pick.isEmpty()) return unsure(all);
        Judgement j = pick.get();
        boolean allowed = switch (j.match().level()) {
            case EXACT, TRANSLIT, INITIALS -> true;
            case PARTIAL -> false;
            case SURNAME -> surnameOnly;
        };
        return allowed ? linked(j, all, why(j)) : unsure(all);
    }

    /**
     * "Orlov sagte …" in an article that names Russia: the only known person of this surname, with no office of its
     * own in the article, led a country the article names at the article's date (a head of state or government, in
     * office then or with no end in its source). A surname shared with anyone the gazetteer knows, a leader only
     * before or after, an article about other countries, or an office the article gives leave it to the other rules.
     */
    static boolean inOfficeInItsCountry(Judgement j, ArticleContext ctx) {
        if (!j.match().item().isPerson() || ctx.named().isEmpty() || !ctx.offices().isEmpty()) return false;
        return j.heldNow().stream().anyMatch(h -> h.classes().stream().anyMatch(LEADERS::contains)
                && h.countries().stream().anyMatch(ctx.named()::contains));
    }

    /** The offices whose holder news names by surname alone: a head of state or government (one at a time per country). */
    static final Set<String> LEADERS = Offices.LEADERS;

    /**
     * The one candidate the article's context sets apart from the others, if there is one: the only person whose
     * office at the article's date is one the article names; if nobody's is, the only one who ever held a
     * {@link #DISTINCTIVE} office the article names; if nobody did, the only one whose description names an
     * organisation of the article. Where several pass a step, the one whose agreeing classes include every other's
     * and more is set apart ("Kanzler" is head of government and chancellor: Friedrich Adler, not a Swiss federal
     * councillor who is only head of government); else nobody.
     */
    static Optional<Judgement> setApart(List<Judgement> left) {
        List<Function<Judgement, Set<String>>> steps = List.of(
                Judgement::now,
                j -> distinctive(j.ever()),
                j -> j.org() ? Set.of("organisation") : Set.of());
        for (Function<Judgement, Set<String>> step : steps) {
            List<Judgement> hit = left.stream().filter(j -> !step.apply(j).isEmpty()).toList();
            if (hit.size() == 1) return Optional.of(hit.getFirst());
            if (hit.size() > 1) {
                for (Judgement j : hit) {
                    Set<String> mine = step.apply(j);
                    if (hit.stream().allMatch(o -> o == j || mine.containsAll(step.apply(o)) && !step.apply(o).containsAll(mine)))
                        return Optional.of(j);
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Set<String> distinctive(Set<String> classes) {
        Set<String> d = new TreeSet<>(classes);
        d.retainAll(DISTINCTIVE);
        return d;
    }

    private static String why(Judgement j) {
        if (!j.now().isEmpty()) return "the only one who held " + String.join(", ", j.now()) + " then";
        Set<String> d = new TreeSet<>(j.ever());
        d.retainAll(DISTINCTIVE);
        if (!d.isEmpty()) return "the only one who held " + String.join(", ", d);
        return "the only one whose description names the organisation";
    }

    private static LinkDecision linked(Judgement j, List<Judgement> all, String apart) {
        return new LinkDecision.Linked(j.match().item().qid(), j.score(), evidence(j, all, apart));
    }

    private static LinkDecision unsure(List<Judgement> all) {
        return new LinkDecision.Unsure(all.stream()
                .sorted((a, b) -> Double.compare(b.score(), a.score()))
                .map(j -> new LinkDecision.Candidate(j.match().item().qid(), j.match().item().label(), j.score()))
                .toList());
    }

    private static String evidence(Judgement j, List<Judgement> all, String apart) {
        NameIndex.Match m = j.match();
        KnownItem it = m.item();
        StringBuilder b = new StringBuilder();
        b.append("name '").append(m.form()).append("' ").append(switch (m.level()) {
            case EXACT -> "=";
            case TRANSLIT -> "≈ (transliteration)";
            case INITIALS -> "≈ (initials)";
            case PARTIAL -> "≈ (partial name)";
            case SURNAME -> "= surname of";
        }).append(" '").append(m.itemName()).append("' (").append(it.label()).append(", ").append(it.type()).append(")");
        if (m.level() == NameIndex.Level.SURNAME && all.size() == 1) b.append("; the only known person of this surname");
        for (String a : j.agrees()) b.append("; ").append(a);
        for (Holding h : j.heldThen()) b.append("; held then: ").append(h.span());
        for (Holding h : j.heldOpen())
            b.append("; held ").append(h.span()).append(" (no end in a source of ").append(h.asOf().map(Object::toString).orElse("unknown date")).append(")");
        if (apart != null) b.append("; set apart: ").append(apart);
        for (Judgement o : all)
            if (o != j) b.append(o.ruledOut() ? "; ruled out " : "; not chosen ").append(o.match().item().qid()).append(" (").append(o.match().item().label())
                    .append(")").append(o.ruledOut() ? ": " + String.join(", ", o.contradicts()) : "");
        b.append("; QID source: ").append(it.evidence());
        return b.toString();
    }
}
