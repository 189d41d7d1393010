package org.w3id.newskg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.model.ArticleId;

/**
 * The IRIs newskg mints, all under {@value #BASE}. Stable for the same input:
 * <ul>
 * <li>article {@code article/{id}}, its named graph {@code graph/{id}}, spans in it {@code article/{id}#char=b,e}
 *     (RFC 5147, code points, as NIF does);
 * <li>statements and events per article: {@code statement/{id}/{n}}, {@code event/{id}/{n}};
 * <li>persons, organisations, countries and places across articles: {@code person/{key}} where the key is the
 *     Wikidata QID when linked, else the person key ({@link #key}) of the canonical label — so the same person
 *     in two articles is one node in the store (see README, "One person across articles").
 * </ul>
 */
public final class Iris {
    public static final String BASE = "https://w3id.org/newskg/id/";
    private Iris() {}

    public static Node article(ArticleId id) { return uri("article/" + id.value()); }

    public static Node graph(ArticleId id) { return uri("graph/" + id.value()); }

    public static Node span(ArticleId id, int beginCodePoint, int endCodePoint) {
        return uri("article/" + id.value() + "#char=" + beginCodePoint + "," + endCodePoint);
    }

    public static Node statement(ArticleId id, int n) { return uri("statement/" + id.value() + "/" + n); }

    public static Node event(ArticleId id, int n) { return uri("event/" + id.value() + "/" + n); }

    public static Node participation(ArticleId id, int event, int n) { return uri("event/" + id.value() + "/" + event + "/actor/" + n); }

    public static Node role(ArticleId id, String personKey, int n) { return uri("role/" + id.value() + "/" + personKey + "/" + n); }

    /** @param kind person, org, country or place */
    public static Node entity(String kind, String key) { return uri(kind + "/" + key); }

    public static Node channel(String label) { return uri("channel/" + key(label)); }

    public static Node agent() { return uri("agent/newskg"); }

    /**
     * The key of a name: {@link NameKeys#key} (case, compatibility forms, diacritics and punctuation folded) with
     * its words joined by '-': "Jana Kühn" → "jana-kuehn", the key of "Jana Kuehn" too. Two names with the same key are taken for the same entity
     * across articles; person clustering compares names by the same folding, so two persons of one article never
     * share an IRI.
     */
    public static String key(String name) {
        String s = NameKeys.key(name).replace(' ', '-');
        return s.isEmpty() ? "unnamed" : s;
    }

    private static Node uri(String path) { return NodeFactory.createURI(BASE + path); }
}
