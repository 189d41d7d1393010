package org.w3id.newskg.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.model.NewskgException;

/**
 * How persons' names are written in German and shortened, by the rules of {@code data/wikidata/person-names.tsv}:
 * German forms of English romanisations ({@link #german}: "Sergey Petrov" → "Sergei Petrow", "Yuriy Zaslavskyy" →
 * "Juri Saslawskyj", "Benjamin Netanyahu" → "Benjamin Netanjahu"), the scheme a country's persons follow
 * ({@link #scheme}), the countries whose names put the family name first ({@link #familyFirst}), and the short forms of
 * a name ({@link #shortForms}: the surname, "von der Leyen", the family name "Xi" of "Xi Jinping"). The gazetteer build
 * writes what these give into the shipped gazetteer, marked as generated; at run time only {@link #shortForms} is
 * used, for items of a user's gazetteer. Immutable.
 *
 * {@snippet :
 * PersonNames names = PersonNames.shipped();
 * names.german("Maria Zakharova", "ru");                 // "Maria Sacharowa"
 * PersonNames.shortForms("Ursula von der Leyen", false); // [von der Leyen, Leyen]
 * }
 */
public final class PersonNames {
    /** Lower-case words inside names ("Ursula von der Leyen", "Mohammed bin Salman"): a name's particles, not a name. */
    public static final Set<String> PARTICLES = Set.of("von", "van", "der", "den", "de", "da", "di", "del", "du", "la", "le", "al",
            "el", "bin", "ibn", "zu", "ten", "ter", "vom", "dos", "das");

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii");
    private static final String VOWELS = "aeiouy";

    /** Where a letter rule applies; see the file's header. */
    enum Where { ANY, END, AFTER_VOWEL, AFTER_CONSONANT, BETWEEN_VOWELS, END_AFTER_CONSONANT }

    record Rule(String from, String to, Where where) {}

    private final Map<String, String> schemes;          // country label → scheme
    private final Set<String> familyFirst;
    private final Map<String, List<Rule>> rules;         // scheme → rules, longest first
    private final Map<String, Map<String, String>> words; // scheme → word → German word

    private static final Shipped<PersonNames> SHIPPED = new Shipped<>("person-names.tsv", PersonNames::read);

    private PersonNames(Map<String, String> schemes, Set<String> familyFirst, Map<String, List<Rule>> rules, Map<String, Map<String, String>> words) {
        this.schemes = Collections.unmodifiableMap(new LinkedHashMap<>(schemes));       // file order: the first scheme wins
        this.familyFirst = Collections.unmodifiableSet(new LinkedHashSet<>(familyFirst));
        Map<String, List<Rule>> sorted = new HashMap<>();
        rules.forEach((s, rs) -> sorted.put(s, rs.stream().sorted(Comparator.comparingInt((Rule r) -> r.from().length()).reversed()).toList()));
        this.rules = Map.copyOf(sorted);
        Map<String, Map<String, String>> w = new HashMap<>();
        words.forEach((s, m) -> w.put(s, Map.copyOf(m)));
        this.words = Map.copyOf(w);
    }

    /** The rules in the jar, loaded on first use. */
    public static PersonNames shipped() { return SHIPPED.get(); }

    /** Rules in the format of {@code person-names.tsv}; {@code name} names the file in messages. */
    public static PersonNames read(InputStream in, String name) throws IOException {
        Map<String, String> schemes = new LinkedHashMap<>();
        Set<String> familyFirst = new LinkedHashSet<>();
        Map<String, List<Rule>> rules = new LinkedHashMap<>();
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            String at = name + ":" + n + ": ";
            switch (c[0]) {
                case "scheme" -> {
                    need(c, 3, at);
                    schemes.putIfAbsent(c[1], c[2]);
                }
                case "order" -> {
                    need(c, 3, at);
                    if (!c[2].equals("family-first")) throw new NewskgException(at + "unknown order '" + c[2] + "' (family-first)");
                    familyFirst.add(c[1]);
                }
                case "rule" -> {
                    need(c, 5, at);
                    Where w;
                    try {
                        w = Where.valueOf(c[4].toUpperCase(Locale.ROOT).replace('-', '_'));
                    } catch (IllegalArgumentException e) {
                        throw new NewskgException(at + "unknown place '" + c[4] + "' (any, end, after-vowel, after-consonant, between-vowels, end-after-consonant)");
                    }
                    if (c[2].isEmpty()) throw new NewskgException(at + "a rule needs the letters it replaces");
                    rules.computeIfAbsent(c[1], k -> new ArrayList<>()).add(new Rule(c[2], c[3], w));
                }
                case "word" -> {
                    need(c, 4, at);
                    words.computeIfAbsent(c[1], k -> new LinkedHashMap<>()).put(c[2].toLowerCase(Locale.ROOT), c[3].toLowerCase(Locale.ROOT));
                }
                default -> throw new NewskgException(at + "unknown row kind '" + c[0] + "' (scheme, order, rule, word)");
            }
        }
        for (String s : schemes.values())
            if (!rules.containsKey(s) && !words.containsKey(s)) throw new NewskgException(name + ": scheme '" + s + "' has no rule and no word");
        return new PersonNames(schemes, familyFirst, rules, words);
    }

    private static void need(String[] c, int n, String at) {
        if (c.length < n) throw new NewskgException(at + c.length + " columns, expected " + n);
    }

    /** The scheme of German spelling for persons of this country (its English label), if the file names one. */
    public Optional<String> scheme(String country) { return Optional.ofNullable(schemes.get(country)); }

    /** Every country the file names (by English label), for checking them against the sources. */
    public Set<String> countries() {
        Set<String> all = new LinkedHashSet<>(schemes.keySet());
        all.addAll(familyFirst);
        return all;
    }

    /** Whether names of this country (its English label) are written family name first. */
    public boolean familyFirst(String country) { return familyFirst.contains(country); }

    /**
     * The name written by the German conventions of a scheme: each word (and each part of a hyphenated word) by the
     * scheme's word table, else by its letter rules; a capital initial stays a capital. The name itself when the
     * scheme changes nothing or is unknown.
     */
    public String german(String name, String scheme) {
        List<Rule> rs = rules.getOrDefault(scheme, List.of());
        Map<String, String> ws = words.getOrDefault(scheme, Map.of());
        if (rs.isEmpty() && ws.isEmpty()) return name;
        StringBuilder out = new StringBuilder();
        for (String token : name.split("(?<=\\s)|(?=\\s)")) {
            if (token.isBlank()) {
                out.append(token);
                continue;
            }
            String whole = ws.get(token.toLowerCase(Locale.ROOT));
            if (whole != null) {
                out.append(cased(whole, token));
                continue;
            }
            String[] parts = token.split("-", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) out.append('-');
                out.append(word(parts[i], rs, ws));
            }
        }
        return out.toString();
    }

    private static String word(String w, List<Rule> rs, Map<String, String> ws) {
        if (w.isEmpty()) return w;
        String lower = w.toLowerCase(Locale.ROOT);
        String table = ws.get(lower);
        if (table != null) return cased(table, w);
        if (rs.isEmpty()) return w;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < lower.length()) {
            Rule hit = null;
            for (Rule r : rs)
                if (lower.startsWith(r.from(), i) && applies(r, lower, i, out)) {
                    hit = r;
                    break;
                }
            if (hit == null) out.append(lower.charAt(i++));
            else {
                out.append(hit.to());
                i += hit.from().length();
            }
        }
        return cased(out.toString(), w);
    }

    /** Whether a rule applies at position i of the word; the letter before is the one already written ("Raisa": after "raj"). */
    private static boolean applies(Rule r, String w, int i, CharSequence written) {
        int after = i + r.from().length();
        boolean end = after == w.length();
        char before = written.isEmpty() ? ' ' : written.charAt(written.length() - 1);
        boolean vowelBefore = i > 0 && vowel(before);
        boolean consonantBefore = i > 0 && Character.isLetter(before) && !vowel(before);
        return switch (r.where()) {
            case ANY -> true;
            case END -> end;
            case AFTER_VOWEL -> vowelBefore;
            case AFTER_CONSONANT -> consonantBefore;
            case BETWEEN_VOWELS -> vowelBefore && !end && vowel(w.charAt(after));
            case END_AFTER_CONSONANT -> end && consonantBefore;
        };
    }

    private static boolean vowel(char c) { return VOWELS.indexOf(c) >= 0; }

    /** A word with a capital initial, also after an article's particle ("al-Sisi"). */
    private static boolean capital(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen > 0 && PARTICLES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT)) && hyphen < word.length() - 1)
            word = word.substring(hyphen + 1);
        return Character.isUpperCase(word.codePointAt(0));
    }

    /** {@code lower} with a capital initial where {@code like} has one, part by part of a hyphenated word ("al-Sisi"). */
    private static String cased(String lower, String like) {
        String[] parts = lower.split("-", -1);
        String[] model = like.split("-", -1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) out.append('-');
            String p = parts[i];
            String m = model[Math.min(i, model.length - 1)];
            out.append(p.isEmpty() || m.isEmpty() || !Character.isUpperCase(m.codePointAt(0)) ? p : p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1));
        }
        return out.toString();
    }

    /**
     * The short forms of a person's name, the words an article may name the person by alone: the surname (the
     * last word: "Petrov" of "Sergey Petrov"; with its particles too: "von der Leyen" and "Leyen"; a hyphenated
     * surname whole, and after an Arabic article: "al-Sisi" and "Sisi"), or, for names written family name first, the
     * first word ("Xi" of "Xi Jinping", "Kim" of "Pak Song-il"). Generational suffixes and nicknames in quotation
     * marks are left out ("Biden" of "Joseph Robinette Biden Jr.", "Davis" of "Philip "Brave" Davis"). A one-word name
     * is its own short form. A regnal name has none: "Charles III", "Felipe VI of Spain"; nor has a name whose last word
     * is not capitalised ("Nayib buke", a slip in a source).
     */
    public static List<String> shortForms(String name, boolean familyFirst) {
        List<String> words = new ArrayList<>();
        for (String w : name.replaceAll("\\([^)]*\\)", " ").replaceAll("[\"“”„«»][^\"“”„«»]*[\"“”„«»]", " ").strip().split("\\s+"))
            if (!w.isEmpty()) words.add(w);
        if (words.isEmpty()) return List.of();
        if (words.stream().anyMatch(w -> w.equals("of"))) return List.of();
        boolean numeral = false;
        while (words.size() > 1 && SUFFIXES.contains(words.getLast().toLowerCase(Locale.ROOT).replace(".", "").replace(",", ""))) {
            numeral |= !words.getLast().toLowerCase(Locale.ROOT).startsWith("jr") && !words.getLast().toLowerCase(Locale.ROOT).startsWith("sr");
            words.removeLast();
        }
        if (words.size() > 1 && words.getLast().endsWith(",")) words.set(words.size() - 1, words.getLast().substring(0, words.getLast().length() - 1));
        if (numeral && words.size() == 1) return List.of();
        if (!capital(words.getLast()) && !(familyFirst && capital(words.getFirst()))) return List.of();
        if (words.size() == 1) return List.of(words.getFirst());
        Set<String> out = new LinkedHashSet<>();
        if (familyFirst) {
            out.add(words.getFirst());
            return List.copyOf(out);
        }
        String last = words.getLast();
        int p = words.size() - 1;
        while (p > 1 && PARTICLES.contains(words.get(p - 1).toLowerCase(Locale.ROOT))) p--;
        if (p < words.size() - 1) out.add(String.join(" ", words.subList(p, words.size())));
        out.add(last);
        int hyphen = last.indexOf('-');
        if (hyphen > 0 && PARTICLES.contains(last.substring(0, hyphen).toLowerCase(Locale.ROOT)) && hyphen < last.length() - 1)
            out.add(last.substring(hyphen + 1));
        return List.copyOf(out);
    }
}
