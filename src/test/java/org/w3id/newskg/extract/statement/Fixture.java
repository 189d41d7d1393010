package org.w3id.newskg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.MentionKind;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.model.Token;

/**
 * A hand-built article for statement tests, no model involved: sentences of {@code word/UPOS[/lemma]} tokens (the
 * lemma defaults to the lower-cased word), persons and organisations named by their words, giving the {@link
 * AnnotatedText}, {@link People} and {@link ArticleDoc} the statement rules read.
 *
 * <ul>
 * <li>A token of punctuation alone ({@code ,} {@code .} {@code „} {@code “} {@code :}) is tagged PUNCT.
 * <li>Sentences are separated by {@code ||} (a space between them in the text) or {@code ¶} (a line break).
 * <li>The text is spaced as a writer would: no space before punctuation, none after an opening quotation mark or
 *     parenthesis, none before a closing mark; a mark closes when it can close the innermost open one (by
 *     {@code common/quote-marks.tsv}), else opens. So {@code QuoteFinder} pairs the marks as it would in a real text.
 * <li>An entity is referred to at every place its words stand as whole tokens; {@link #refers} adds other words for
 *     a person (a surname, a pronoun, a title), as coreference would.
 * </ul>
 *
 * {@snippet :
 * Fixture f = Fixture.of("de", "Petra/PROPN Holm/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ .")
 *         .entities("Petra Holm:f");
 * f.found(StatementRules.german());   // "R:Petra Holm:die Lage sei ernst{zero-clause}"
 * }
 */
final class Fixture {
    private final String lang;
    private final AnnotatedText text;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<People.Ref> refs = new ArrayList<>();

    private Fixture(String lang, String sentences) {
        this.lang = lang;
        this.text = build(lang, sentences);
    }

    /** The text of sentences in the language ("de" or "en"), as the class comment describes; no entities yet. */
    static Fixture of(String lang, String sentences) { return new Fixture(lang, sentences); }

    /**
     * The entities of a table row, comma-separated: {@code Petra Holm:f} a person (gender {@code m}, {@code f}, or
     * none for unknown), {@code Ministerium:org} an organisation, {@code Nordland:country}, {@code Oslo:place}, and
     * {@code Sie=Petra Holm} other words that refer to a person already given.
     */
    Fixture entities(String spec) {
        if (spec == null || spec.isBlank()) return this;
        for (String item : spec.split(",")) {
            String s = item.strip();
            int eq = s.indexOf('='), colon = s.lastIndexOf(':');
            if (eq > 0) refers(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
            else if (colon < 0) person(s, Gender.UNKNOWN);
            else {
                String name = s.substring(0, colon).strip();
                switch (s.substring(colon + 1).strip()) {
                    case "m" -> person(name, Gender.MALE);
                    case "f" -> person(name, Gender.FEMALE);
                    case "org" -> entity(EntityType.ORGANIZATION, name, Gender.NEUTER);
                    case "country" -> entity(EntityType.COUNTRY, name, Gender.NEUTER);
                    case "place" -> entity(EntityType.PLACE, name, Gender.NEUTER);
                    default -> throw new IllegalArgumentException("unknown kind in '" + s + "' (m, f, org, country, place)");
                }
            }
        }
        return this;
    }

    private void person(String name, Gender gender) { entity(EntityType.PERSON, name, gender); }

    /** Other words that refer to the person labelled {@code label}, at every place they stand. */
    private void refers(String words, String label) {
        Entity e = entities.get(label);
        if (e == null) throw new IllegalArgumentException("no entity '" + label + "' for '" + words + "'");
        for (CharSpan span : occurrences(words)) refs.add(new People.Ref(span, e.ref()));
    }

    private void entity(EntityType type, String name, Gender gender) {
        EntityRef ref = new EntityRef("e" + (entities.size() + 1));
        List<Mention> mentions = new ArrayList<>();
        for (CharSpan span : occurrences(name)) {
            mentions.add(new Mention(span, text.tokensWithin(span), text.sentenceAt(span.begin()).map(Sentence::index).orElse(0), MentionKind.NAME, "test"));
            refs.add(new People.Ref(span, ref));
        }
        entities.put(name, new Entity(ref, type, name, Set.of(name), mentions, gender, List.of(), Optional.empty(), List.of()));
    }

    /** Where the words stand as whole tokens; at least once. */
    private List<CharSpan> occurrences(String words) {
        String[] w = words.split(" ");
        List<Token> toks = text.tokens();
        List<CharSpan> found = new ArrayList<>();
        for (int i = 0; i + w.length <= toks.size(); i++) {
            boolean match = true;
            for (int k = 0; k < w.length && match; k++) match = toks.get(i + k).text().equals(w[k]);
            if (match) found.add(new CharSpan(toks.get(i).span().begin(), toks.get(i + w.length - 1).span().end()));
        }
        if (found.isEmpty()) throw new IllegalArgumentException("not in the text: '" + words + "'");
        return found;
    }

    People people() { return new People(List.copyOf(entities.values()), refs); }

    ArticleDoc doc() { return ArticleDoc.of(text, Lexicon.of(lang), people()); }

    /**
     * The statements the rules find, each as {@code kind:speaker:words{rule}} ({@code D} direct, {@code R} reported,
     * {@code -} for no speaker), sorted, joined by " | "; empty for none.
     */
    String found(StatementRules rules) {
        List<Statement> said = new StatementFinder(rules).find(doc(), List.of());
        Map<EntityRef, String> labels = entities.values().stream().collect(Collectors.toMap(Entity::ref, Entity::label));
        return said.stream().map(s -> (s.kind() == Statement.Kind.DIRECT_QUOTE ? "D" : "R") + ":"
                        + s.speaker().map(labels::get).orElse("-") + ":" + s.words().in(text.text()) + "{" + s.rule() + "}")
                .sorted().collect(Collectors.joining(" | "));
    }

    /** The speaker's words (nkg:speakerMention) of each statement the rules find, in text order, joined by " | "; "-" for none. */
    String speakerWords(StatementRules rules) {
        return new StatementFinder(rules).find(doc(), List.of()).stream().sorted(java.util.Comparator.comparing(st -> st.words().begin()))
                .map(st -> st.speakerSpan().map(sp -> sp.in(text.text())).orElse("-")).collect(Collectors.joining(" | "));
    }

    /** An expected value of a rule's table that stands for no statement at all. */
    static final String NOTHING = "nothing";

    /**
     * One row of a rule's table: what the rules of the language find in the text ({@link #found}), and, when {@code
     * without} is given, what they find with {@code rule} switched off ({@link StatementRules#without}) — what the
     * rule contributes, or which rule takes over.
     */
    static void check(String rule, String lang, String text, String entities, String expected, String without) {
        Fixture f = of(lang, text).entities(entities);
        StatementRules rules = StatementRules.of(lang);
        assertEquals(orNothing(expected), f.found(rules), () -> "in: " + f.text.text());
        // without the rule, and without the Konjunktiv step that takes any Konjunktiv I sentence no rule took (speaker
        // none): the table shows what the rule itself adds
        Set<String> off = rule.equals(KonjunktivChain.ALONE) ? Set.of(rule) : Set.of(rule, KonjunktivChain.ALONE);
        if (without != null) assertEquals(orNothing(without), f.found(rules.without(off)), () -> "without " + rule + " in: " + f.text.text());
    }

    private static String orNothing(String expected) { return expected == null || expected.equals(NOTHING) ? "" : expected; }

    // ------------------------------------------------------------------ the text

    private static AnnotatedText build(String lang, String spec) {
        Map<Character, Lexicon.QuoteMark> marks = Lexicon.of(lang).quoteMarks();
        StringBuilder sb = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        Deque<Character> open = new ArrayDeque<>();
        int index = 0;
        boolean noSpace = true;
        String separator = "";
        for (String word : spec.strip().split("\\s+")) {
            if (word.equals("||") || word.equals("¶")) {
                separator = word.equals("¶") ? "\n" : " ";
                continue;
            }
            if (!separator.isEmpty() || sentences.isEmpty()) {
                sb.append(sentences.isEmpty() ? "" : separator);
                sentences.add(new Sentence(sentences.size(), new CharSpan(sb.length(), sb.length()), List.of()));
                separator = "";
                noSpace = true;
            }
            String[] p = word.matches("[^\\p{L}\\p{N}/]+") ? new String[] {word, "PUNCT"} : word.split("/");
            if (p.length < 2 || p[0].isEmpty() || !p[1].matches("[A-Z]+(\\+[A-Z]+)*"))
                throw new IllegalArgumentException("not word/UPOS[/lemma] nor punctuation: '" + word + "'");
            String form = p[0];
            boolean mark = form.length() == 1 && Lexicon.of(lang).isQuoteMark(form.charAt(0));
            boolean closing = mark && !open.isEmpty() && marks.get(open.peek()).closers().indexOf(form.charAt(0)) >= 0;
            boolean opening = mark && !closing || form.equals("(");
            boolean attached = p[1].equals("PUNCT") && !opening && !form.equals("-") && !form.equals("–");
            if (!noSpace && !attached) sb.append(' ');
            int b = sb.length();
            sb.append(form);
            if (closing) open.pop();
            else if (mark) open.push(form.charAt(0));
            noSpace = opening;
            Sentence s = sentences.removeLast();
            List<Token> toks = new ArrayList<>(s.tokens());
            toks.add(new Token(index++, new CharSpan(b, sb.length()), form, p[1], p.length > 2 ? p[2] : form.toLowerCase(Locale.ROOT)));
            sentences.add(new Sentence(s.index(), new CharSpan(toks.getFirst().span().begin(), sb.length()), toks));
        }
        Article a = new Article(new ArticleId("fixture"), lang, sb.toString(), ArticleMeta.of("test"));
        return new AnnotatedText(a, sentences);
    }
}
