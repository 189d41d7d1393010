package org.w3id.newskg.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.w3id.newskg.kb.NameKeys;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/**
 * The online linker ({@code --wikidata online}): first the offline gazetteer, whose QIDs carry pinned evidence;
 * for what it does not link, Wikidata itself. For each of the entity's whole names it asks {@code wbsearchentities}
 * (in the article's language), reads the items found with {@code wbgetentities} (labels, aliases, descriptions;
 * P31 instance of, P39 positions held, P27 country of citizenship, P17 country) and the labels of the items those
 * claims point to, and lets the {@link LinkRules} decide in the open world: a person must be human (P31 = Q5),
 * its name whole, and its office, country or party must agree with the article. A surname alone is never looked
 * up online. Requests go through a {@link WikidataClient} (cache, rate limit, retries).
 *
 * <p>When Wikidata cannot be reached, one line goes to the warnings and linking goes on with the offline
 * gazetteer only, for the rest of the run.
 */
public final class WikidataLinker implements Linker {
    /** Wikidata's class of humans, the value of P31 for a person (as issue 6 states it). */
    static final String HUMAN = "Q5";
    private static final int SEARCH_LIMIT = 10;
    private static final int IDS_PER_REQUEST = 50;

    private final GazetteerLinker offline;
    private final WikidataClient client;
    private final Consumer<String> warnings;
    private final AtomicBoolean unreachable = new AtomicBoolean();

    public WikidataLinker(GazetteerLinker offline, WikidataClient client, Consumer<String> warnings) {
        this.offline = offline;
        this.client = client;
        this.warnings = warnings;
    }

    @Override
    public Map<EntityRef, LinkDecision> link(Extraction extraction) {
        Map<EntityRef, LinkDecision> out = new HashMap<>();
        for (Entity e : extraction.entities()) {
            LinkDecision d = offline.decide(e, extraction);
            if (!(d instanceof LinkDecision.Linked) && !unreachable.get()) {
                try {
                    d = merge(d, online(e, extraction));
                } catch (WikidataClient.Unreachable x) {
                    if (unreachable.compareAndSet(false, true))
                        warnings.accept("wikidata: " + x.getMessage() + "; linking goes on with the offline gazetteer only");
                } catch (LinkException x) {
                    warnings.accept("wikidata: " + e.label() + ": " + x.getMessage());
                }
            }
            out.put(e.ref(), d);
        }
        return out;
    }

    /** An online link wins; otherwise the offline candidates stay, and the online ones are added. */
    private static LinkDecision merge(LinkDecision offline, LinkDecision online) {
        if (online instanceof LinkDecision.Linked) return online;
        List<LinkDecision.Candidate> all = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (LinkDecision d : List.of(offline, online))
            if (d instanceof LinkDecision.Unsure u)
                for (LinkDecision.Candidate c : u.candidates()) if (seen.add(c.qid())) all.add(c);
        if (!all.isEmpty()) return new LinkDecision.Unsure(all);
        return offline;
    }

    /** The decision Wikidata's items give for one entity. */
    LinkDecision online(Entity e, Extraction ex) {
        String lang = ex.article().lang();
        ArticleContext ctx = ArticleContext.of(e, ex, offline.lexicon(), offline.countries());
        GazetteerLinker.Names names = offline.names(e, lang);
        if (e.type() == EntityType.PERSON && names.surnameOnly())
            return new LinkDecision.Unlinked("a surname alone is not looked up online");
        Map<String, String> foundBy = new LinkedHashMap<>();
        for (String form : names.full().stream().limit(2).toList()) {
            JsonNode res = client.get(Map.of("action", "wbsearchentities", "search", form, "language", lang, "uselang", lang,
                    "type", "item", "limit", Integer.toString(SEARCH_LIMIT)));
            for (JsonNode hit : res.path("search")) foundBy.putIfAbsent(hit.path("id").asText(), form);
        }
        foundBy.keySet().removeIf(q -> !q.matches("Q[1-9][0-9]*"));
        if (foundBy.isEmpty()) return new LinkDecision.Unlinked("no Wikidata item with this name");
        Map<String, JsonNode> items = entities(foundBy.keySet(), "labels|aliases|descriptions|claims", lang);
        Set<String> refs = new LinkedHashSet<>();
        for (JsonNode it : items.values())
            for (String p : List.of("P31", "P39", "P27", "P17")) refs.addAll(claimIds(it, p));
        Map<String, JsonNode> labels = entities(refs, "labels", lang);
        List<KnownItem> known = new ArrayList<>();
        for (Map.Entry<String, JsonNode> it : items.entrySet())
            known.add(known(it.getKey(), it.getValue(), labels, lang, foundBy.get(it.getKey())));
        NameIndex index = new NameIndex(known);
        // the open world asks a person for agreeing context; a place or organisation of one exact name and the right type is enough
        return LinkRules.decide(GazetteerLinker.matches(index, names, GazetteerLinker.typeFit(e.type()), lang), ctx, false,
                e.type() == EntityType.PERSON);
    }

    private Map<String, JsonNode> entities(Set<String> ids, String props, String lang) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += IDS_PER_REQUEST) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + IDS_PER_REQUEST));
            JsonNode res = client.get(Map.of("action", "wbgetentities", "ids", String.join("|", chunk), "props", props,
                    "languages", languages(lang)));
            res.path("entities").properties().forEach(e -> {
                if (!e.getValue().has("missing")) out.put(e.getKey(), e.getValue());
            });
        }
        return out;
    }

    private static String languages(String lang) {
        return lang.equals("en") || lang.equals("de") ? "en|de" : "en|de|" + lang;
    }

    private KnownItem known(String qid, JsonNode it, Map<String, JsonNode> labels, String lang, String searchedFor) {
        LinkLexicon lex = offline.lexicon();
        List<String> names = new ArrayList<>();
        for (String l : List.of(lang, "en", "de")) {
            String v = it.path("labels").path(l).path("value").asText("");
            if (!v.isBlank() && !names.contains(v)) names.add(v);
        }
        for (String l : List.of(lang, "en", "de"))
            for (JsonNode a : it.path("aliases").path(l)) {
                String v = a.path("value").asText("");
                if (!v.isBlank() && !names.contains(v)) names.add(v);
            }
        if (names.isEmpty()) names.add(qid);
        List<String> descriptions = new ArrayList<>();
        for (String l : List.of("en", "de", lang)) {
            String v = it.path("descriptions").path(l).path("value").asText("");
            if (!v.isBlank() && !descriptions.contains(v)) descriptions.add(v);
        }
        List<String> classes = claimIds(it, "P31");
        List<String> classLabels = classes.stream().map(c -> label(labels, c, "en")).filter(s -> !s.isEmpty()).toList();
        String type = classes.contains(HUMAN) ? "person" : lex.itemType(classLabels).orElse("other");
        List<String> positions = new ArrayList<>();
        for (String p : claimIds(it, "P39"))
            for (String l : List.of("en", "de")) {
                String v = label(labels, p, l);
                if (!v.isEmpty() && !positions.contains(v)) positions.add(v);
            }
        Set<String> countries = new LinkedHashSet<>(claimIds(it, type.equals("person") ? "P27" : "P17"));
        Set<String> countryNames = new LinkedHashSet<>();
        for (String c : countries)
            for (String l : List.of("en", "de", lang)) {
                String v = label(labels, c, l);
                if (!v.isEmpty()) countryNames.add(NameKeys.plain(v));
            }
        String description = String.join("; ", descriptions) + (positions.isEmpty() ? "" : "; positions held: " + String.join("; ", positions));
        Set<String> offices = lex.descriptionOffices(description);
        String evidence = "Wikidata API " + client.settings().endpoint() + ": wbsearchentities '" + searchedFor + "' found " + qid
                + ", wbgetentities " + qid + " (P31 " + (classes.isEmpty() ? "none" : String.join(" ", classes)) + ")";
        return new KnownItem(qid, type, names.getFirst(), names, description, offices, countries, countryNames, evidence);
    }

    private static String label(Map<String, JsonNode> labels, String qid, String lang) {
        JsonNode e = labels.get(qid);
        return e == null ? "" : e.path("labels").path(lang).path("value").asText("");
    }

    /** The item ids a property's statements point to, deprecated statements left out. */
    static List<String> claimIds(JsonNode entity, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode st : entity.path("claims").path(property)) {
            if (st.path("rank").asText("normal").equals("deprecated")) continue;
            String id = st.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (id.matches("Q[1-9][0-9]*") && !out.contains(id)) out.add(id);
        }
        return out;
    }
}
