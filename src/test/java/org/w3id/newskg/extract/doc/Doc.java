package org.w3id.newskg.extract.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.extract.Lexicon;
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
import org.w3id.newskg.model.Token;

/**
 * Hand-built input for the unit tests of the event and statement rules: sentences of "word/UPOS" tokens (lemma =
 * the lower-cased word, or "word/UPOS/lemma"), entities named by their words, and the {@link ArticleDoc} of it all.
 * No model is involved. Sentences are joined by a space, or by a line break with {@link #lines}.
 *
 * {@snippet :
 * Doc d = Doc.de("Anna/PROPN Berger/PROPN traf/VERB/treffen Piet/PROPN Muster/PROPN ./PUNCT")
 *         .person("Anna Berger", Gender.FEMALE).person("Piet Muster");
 * d.doc();                   // the ArticleDoc the rules read
 * d.label(ref);              // "Anna Berger"
 * }
 */
public final class Doc {
    private final String lang;
    private final List<String[]> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<People.Ref> refs = new ArrayList<>();
    private Optional<String> published = Optional.empty();
    private String separator = " ";
    private AnnotatedText built;

    private Doc(String lang, String... sentences) {
        this.lang = lang;
        for (String s : sentences) this.sentences.add(s.trim().split("\\s+"));
    }

    public static Doc de(String... sentences) { return new Doc("de", sentences); }

    public static Doc en(String... sentences) { return new Doc("en", sentences); }

    /** The publication date ("2025-03-13"), against which weekdays and relative days are resolved. */
    public Doc published(String date) {
        this.published = Optional.of(date);
        return this;
    }

    /** Each sentence on a line of its own (headlines, datelines, bylines); call before naming entities. */
    public Doc lines() {
        if (built != null) throw new IllegalStateException("lines() must come before the text is built");
        this.separator = "\n";
        return this;
    }

    /** The annotated text: tokens with their tags and lemmas, sentences, document-absolute offsets. */
    public AnnotatedText text() {
        if (built != null) return built;
        StringBuilder sb = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        int index = 0;
        for (String[] words : sentences) {
            List<Token> toks = new ArrayList<>();
            int begin = sb.length();
            for (String w : words) {
                String[] p = w.split("/");
                String form = p[0];
                if (!toks.isEmpty() && !p[1].equals("PUNCT")) sb.append(' ');
                if (!toks.isEmpty() && p[1].equals("PUNCT") && (form.equals("-") || form.equals("–"))) sb.append(' ');
                int b = sb.length();
                sb.append(form);
                toks.add(new Token(index++, new CharSpan(b, sb.length()), form, p[1], p.length > 2 ? p[2] : form.toLowerCase()));
            }
            out.add(new Sentence(out.size(), new CharSpan(begin, sb.length()), toks));
            sb.append(separator);
        }
        Article a = new Article(new ArticleId("doc"), lang, sb.toString(), new ArticleMeta("test", Optional.empty(), Optional.empty(), published));
        built = new AnnotatedText(a, out);
        return built;
    }

    /** An entity named by these words at each place they stand in the text. */
    public Doc entity(EntityType type, String name, Gender gender) {
        AnnotatedText t = text();
        EntityRef ref = new EntityRef((type == EntityType.PERSON ? "p" : type == EntityType.COUNTRY ? "c" : "l") + (entities.size() + 1));
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        while ((from = t.text().indexOf(name, from)) >= 0) {
            CharSpan span = new CharSpan(from, from + name.length());
            mentions.add(new Mention(span, t.tokensWithin(span), t.sentenceAt(from).map(Sentence::index).orElse(0), MentionKind.NAME, "test"));
            refs.add(new People.Ref(span, ref));
            from += name.length();
        }
        if (mentions.isEmpty()) throw new IllegalArgumentException("not in the text: " + name);
        entities.add(new Entity(ref, type, name, Set.of(name), mentions, gender, List.of(), Optional.empty(), List.of()));
        return this;
    }

    public Doc person(String name) { return person(name, Gender.UNKNOWN); }

    /** A person of known gender, for rules that resolve pronouns. */
    public Doc person(String name, Gender gender) { return entity(EntityType.PERSON, name, gender); }

    public Doc place(String name) { return entity(EntityType.PLACE, name, Gender.UNKNOWN); }

    public Doc country(String name) { return entity(EntityType.COUNTRY, name, Gender.UNKNOWN); }

    public Doc organization(String name) { return entity(EntityType.ORGANIZATION, name, Gender.UNKNOWN); }

    public People people() { return new People(entities, refs); }

    /** The analysis every rule reads, with the lexicon of the text's language. */
    public ArticleDoc doc() { return ArticleDoc.of(text(), Lexicon.of(lang), people()); }

    /** The label of an entity of this doc. */
    public String label(EntityRef ref) {
        return entities.stream().filter(e -> e.ref().equals(ref)).findFirst().map(Entity::label).orElseThrow();
    }

    /** The index of the first token with these words, for tests that point at a token. */
    public int token(String word) {
        for (Token t : text().tokens()) if (t.text().equals(word)) return t.index();
        throw new IllegalArgumentException("no token " + word);
    }
}
