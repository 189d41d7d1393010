package org.w3id.newskg.kb;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name keys: names folded so that spellings of one name meet. Three levels, each coarser than the one before:
 * <ul>
 *   <li>the <em>key</em> ({@link #key}) folds case, compatibility forms, diacritics, ß, the dotless ı and punctuation
 *       ("Zoë  Szabó-Großmann" → "zoe szabo grossmann") and spells the German umlauts out ("Kühn" → "kuehn", the key
 *       of "Kuehn" too); it indexes the gazetteer, clusters the persons of an
 *       article and, joined by '-', names a person or place across articles ({@code rdf.Iris.key}), so these three
 *       can never fold a name differently;</li>
 *   <li>the <em>plain</em> key ({@link #plain}) also drops periods and apostrophes, for matching
 *       an article's name against the names of a Wikidata item ("J.D. Collins" → "jd vance", where the key gives
 *       "j d vance");</li>
 *   <li>the <em>folded</em> key ({@link #folded}) also folds the spelling differences between German and English
 *       romanisations of Russian and Ukrainian names, by general rules and not by a table of persons:</li>
 * </ul>
 *
 * <ul>
 *   <li>German umlaut spellings: ae, oe, ue → a, o, u ("Duerr" = "Dürr")</li>
 *   <li>tsch → ch, sch → sh, zh → sh, kh → ch ("Tschechow"/"Chekhov", "Mischustin"/"Mishustin")</li>
 *   <li>w → v ("Wladimir"/"Vladimir", "Wolkow"/"Volkov", "Smirnow"/"Smirnov")</li>
 *   <li>z, tz, ts → s (German S for the Russian з, German z for ц: "Saslawskyj"/"Zaslavsky", "Jelzin"/"Yeltsin")</li>
 *   <li>x → ks, ph → f, ck → k ("Alexei"/"Aleksei")</li>
 *   <li>j → y, then y → i: the -ij / -yj / -yy / -iy / -y endings and the ei / ey pairs become one
 *       ("Saslawskyj"/"Zaslavskyy"/"Saslawskij", "Sergei"/"Sergey", "Dmitri"/"Dmitry")</li>
 *   <li>doubled letters written once ("Zaslavskyy" after the rules above, "Hasselmann"/"Haßelmann")</li>
 * </ul>
 *
 * The folded key is deliberately coarse; it only ever proposes candidates, and the linker decides with the
 * article's context. Every key of an empty or all-punctuation name is the empty string. Folding is general: what a
 * match of two keys means (a whole name, initials, a surname, a genitive) is the linker's business.
 *
 * {@snippet :
 * NameKeys.folded("Juri Saslawskyj").equals(NameKeys.folded("Yuriy Zaslavskyy"));   // true
 * NameKeys.key("Jean-Luc Beispiel").equals(NameKeys.key("Jean Luc Bëispiel"));             // true
 * }
 */
public final class NameKeys {
    private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private NameKeys() {}

    /** Case, compatibility forms, diacritics, ß and punctuation folded; every run of other characters is one space. */
    public static String key(String name) {
        return spaced(unmarked(name));
    }

    /** Case, diacritics, ß and punctuation folded; periods and apostrophes vanish, other punctuation is a space. */
    public static String plain(String name) {
        String s = unmarked(name);
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (DROPPED.indexOf(c) >= 0) {
                if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (b != null) b.append(c);
        }
        return spaced(b == null ? s : b.toString());
    }

    /** Characters the plain key drops: periods and apostrophes. */
    private static final String DROPPED = ".'’ʼ`´";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * NFKD with the combining marks dropped (the German umlauts spelled out first: {@link #spelledOut}), ß as ss, the dotless ı as i, lower case; ASCII needs only the lower case.
     * The dotless ı has no decomposition, so without it "Kılıçdaroğlu" kept a non-ASCII key and met no "Kilicdaroglu".
     */
    private static String unmarked(String name) {
        if (ascii(name)) return name.toLowerCase(Locale.ROOT);
        String s = spelledOut(Normalizer.normalize(name, Normalizer.Form.NFC));
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("").replace("ß", "ss").replace('ı', 'i').toLowerCase(Locale.ROOT);
    }

    /**
     * The German umlauts spelled out as German writes them without the dots, ä → ae, ö → oe, ü → ue: "Kühn" and
     * "Kuehn" are one name (and "Kuhn" another), as German and English news spell German names both ways. Other
     * diacritics are dropped ("Zoë" → "zoe"), so a Turkish or Swedish name that English news writes without its dots
     * ("Gül"/"Gul") meets it only in the {@link #folded} key, which proposes candidates.
     */
    private static String spelledOut(String s) {
        if (s.indexOf('ä') < 0 && s.indexOf('ö') < 0 && s.indexOf('ü') < 0
                && s.indexOf('Ä') < 0 && s.indexOf('Ö') < 0 && s.indexOf('Ü') < 0) return s;
        StringBuilder b = new StringBuilder(s.length() + 4);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ä' -> b.append("ae");
                case 'ö' -> b.append("oe");
                case 'ü' -> b.append("ue");
                case 'Ä' -> b.append("Ae");
                case 'Ö' -> b.append("Oe");
                case 'Ü' -> b.append("Ue");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /**
     * Every run of characters that are neither letters nor numbers (Unicode L and N) one space, none at either end.
     * A loop, not a regular expression: the gazetteer folds every name it loads.
     */
    private static String spaced(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (letterOrNumber(cp)) {
                if (gap && !b.isEmpty()) b.append(' ');
                gap = false;
                b.appendCodePoint(cp);
            } else gap = true;
        }
        return b.toString();
    }

    private static boolean letterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** The plain key with the romanisation differences folded (see the class comment). */
    public static String folded(String name) {
        String s = plain(name);
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ")) {
            if (word.isEmpty()) continue;
            if (!out.isEmpty()) out.append(' ');
            out.append(foldWord(word));
        }
        return out.toString();
    }

    /** One word of a plain key with the romanisation differences folded (see the class comment). */
    public static String foldWord(String w) {
        String s = w;
        s = s.replace("ae", "a").replace("oe", "o").replace("ue", "u");
        s = s.replace("tsch", "ch").replace("sch", "sh").replace("zh", "sh").replace("kh", "ch");
        s = s.replace("ph", "f").replace("ck", "k").replace("x", "ks");
        s = s.replace("w", "v");
        s = s.replace("tz", "s").replace("ts", "s").replace("z", "s");
        s = s.replace("j", "y").replace("y", "i");
        StringBuilder once = new StringBuilder();
        for (int i = 0; i < s.length(); i++)
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) once.append(s.charAt(i));
        return once.toString();
    }

    /**
     * The name without a genitive ending, most certain first: "Biden's", "Franz'" and "Orlov’s" lose their
     * apostrophe ending in any language; in German a final -s ("Orlows", "Petrows") may be a genitive too (not after
     * s or an upper-case letter: "Weiss", "USS"). Empty when the name has no genitive reading; callers try the name as
     * written first.
     */
    public static List<String> genitiveBases(String name, String lang) {
        String n = name.strip();
        List<String> out = new ArrayList<>(1);
        for (String end : List.of("'s", "’s", "'", "’"))
            if (n.endsWith(end) && n.length() > end.length() + 1) {
                String base = n.substring(0, n.length() - end.length()).strip();
                if (!out.contains(base)) out.add(base);
            }
        if (out.isEmpty() && "de".equals(lang) && n.length() > 3 && n.endsWith("s") && !n.endsWith("ss")
                && Character.isLowerCase(n.charAt(n.length() - 2)))
            out.add(n.substring(0, n.length() - 1));
        return out;
    }

    /** The words of a plain key without generational suffixes: "Joseph Robinette Biden Jr." → [joseph, robinette, biden]. */
    public static List<String> words(String name) {
        List<String> w = new ArrayList<>(Arrays.asList(plain(name).split(" ")));
        w.removeIf(String::isEmpty);
        while (w.size() > 1 && NAME_SUFFIXES.contains(w.getLast())) w.removeLast();
        return w;
    }
}
