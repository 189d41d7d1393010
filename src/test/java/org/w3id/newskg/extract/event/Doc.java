package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * Hand-built input for unit tests: sentences of "word/UPOS" tokens (lemma = the lower-cased word, or
 * "word/UPOS/lemma"), and entities named by their words. No model is involved.
 *
 * {@snippet :
 * Doc d = Doc.de("Anna/PROPN Berger/PROPN traf/VERB/treffen Piet/PROPN Muster/PROPN ./PUNCT");
 * d.person("Anna Berger"); d.person("Piet Muster");
 * d.text(); d.people();
 * }
 */
final class Doc {
    private final String lang;
    private final List<String[]> sentences = new ArrayList<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<People.Ref> refs = new ArrayList<>();
    private Optional<String> published = Optional.empty();
    private AnnotatedText built;

    private Doc(String lang, String... sentences) {
        this.lang = lang;
        for (String s : sentences) this.sentences.add(s.trim().split("\\s+"));
    }

    static Doc de(String... sentences) { return new Doc("de", sentences); }

    static Doc en(String... sentences) { return new Doc("en", sentences); }

    Doc published(String date) {
        this.published = Optional.of(date);
        return this;
    }

    AnnotatedText text() {
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
            out.add(new Sentence(this.sentences.indexOf(words), new CharSpan(begin, sb.length()), toks));
            sb.append(' ');
        }
        Article a = new Article(new ArticleId("doc"), lang, sb.toString(), new ArticleMeta("test", Optional.empty(), Optional.empty(), published));
        built = new AnnotatedText(a, out);
        return built;
    }

    /** An entity named by these words at each place they stand in the text. */
    Doc entity(EntityType type, String name) {
        AnnotatedText t = text();
        EntityRef ref = new EntityRef((type == EntityType.PERSON ? "p" : "l") + (entities.size() + 1));
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        while ((from = t.text().indexOf(name, from)) >= 0) {
            CharSpan span = new CharSpan(from, from + name.length());
            mentions.add(new Mention(span, t.tokensWithin(span), t.sentenceAt(from).map(Sentence::index).orElse(0), MentionKind.NAME, "test"));
            refs.add(new People.Ref(span, ref));
            from += name.length();
        }
        if (mentions.isEmpty()) throw new IllegalArgumentException("not in the text: " + name);
        entities.add(new Entity(ref, type, name, Set.of(name), mentions, Gender.UNKNOWN, List.of(), Optional.empty(), List.of()));
        return this;
    }

    Doc person(String name) { return entity(EntityType.PERSON, name); }

    Doc place(String name) { return entity(EntityType.PLACE, name); }

    People people() { return new People(entities, refs); }

    String label(EntityRef ref) {
        return entities.stream().filter(e -> e.ref().equals(ref)).findFirst().map(Entity::label).orElseThrow();
    }
}
