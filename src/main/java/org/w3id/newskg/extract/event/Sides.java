package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.doc.PersonRef;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Participant;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * The sides of an event's participants: the country a side word before the person names ("Auf russischer Seite
 * nahmen X teil, von US-Seite Y", "Canada's delegation … X"), and, once every participant is known, the side of a
 * principal from their country and who heads a side ("Gespräche zwischen X und Y" with two sides). It takes the
 * article and the gazetteer (for initials: "US" → United States); it gives country entities of the article.
 */
final class Sides {
    /** A side word in capitals of at least this many letters can be a country's initials ("US", "UK"). */
    static final int MIN_INITIALS = 2;

    private final ArticleDoc doc;
    private final Gazetteer gazetteer;

    Sides(ArticleDoc doc, Gazetteer gazetteer) {
        this.doc = doc;
        this.gazetteer = gazetteer;
    }

    /** The participant with the side named before their last reference in the cue's sentence. */
    Participant participant(EntityRef person, int cueToken, String rule) { return new Participant(person, side(person, cueToken), false, rule); }

    /** "Auf russischer Seite nahmen X teil, von US-Seite Y": the side named last before the person, in the sentence. */
    Optional<EntityRef> side(EntityRef person, int cueToken) {
        Optional<Token> at = Optional.empty();
        Sentence cueSentence = doc.sentenceOf(cueToken);
        for (PersonRef r : doc.personRefsInTokens(cueSentence.range().begin(), cueSentence.range().end()))
            if (r.entity().equals(person)) at = Optional.of(doc.token(r.token()));
        if (at.isEmpty()) return Optional.empty();
        Sentence s = doc.sentenceOf(at.get().index());
        Optional<EntityRef> side = Optional.empty();
        for (int i = s.range().begin(); i < at.get().index(); i++) {
            Token t = doc.token(i);
            String w = t.text();
            if (!doc.lex().eventCues().is(Kind.SIDE, w) || !t.is("NOUN") && !t.isPropn()) continue;
            side = countryBefore(s, i).flatMap(this::country);
        }
        return side;
    }

    /** The country written before the side word at {@code i}: "US-Seite", "US - Seite", "russischer Seite", "Canada's delegation". */
    private Optional<String> countryBefore(Sentence s, int i) {
        String w = doc.token(i).text();
        int hyphen = w.lastIndexOf('-');
        int p = i - 1;
        if (p > s.range().begin() && doc.token(p).text().equals("-") && doc.token(p - 1).adjoins(doc.token(p))) p--;
        if (hyphen > 0) return Optional.of(w.substring(0, hyphen));
        if (p < i - 1) return Optional.of(doc.token(p).text());
        if (i == s.range().begin()) return Optional.empty();
        String prev = doc.token(i - 1).text();
        Optional<String> country = doc.lex().demonymCountry(prev);
        if (country.isEmpty() && prev.matches(".+['’]s")) country = Optional.of(prev.substring(0, prev.length() - 2));
        if (country.isEmpty() && i > s.range().begin() + 1 && prev.matches("['’]s")) country = Optional.of(doc.token(i - 2).text());
        return country;
    }

    /** The country entity a side word stands for: by name, demonym or initials ("US" → United States). */
    private Optional<EntityRef> country(String word) {
        List<String> names = new ArrayList<>(List.of(word));
        doc.lex().demonymCountry(word).ifPresent(names::add);
        for (String n : names) {
            String key = Gazetteer.key(n);
            for (Entity e : doc.people().entities()) {
                if (e.type() != EntityType.COUNTRY) continue;
                if (Gazetteer.key(e.label()).equals(key) || e.surfaceForms().stream().anyMatch(f -> Gazetteer.key(f).equals(key))) return Optional.of(e.ref());
                for (Gazetteer.Item item : gazetteer.lookup(e.label())) {
                    List<String> all = new ArrayList<>(item.names());
                    all.add(item.label());
                    for (String name : all) {
                        if (Gazetteer.key(name).equals(key)) return Optional.of(e.ref());
                        if (word.length() >= MIN_INITIALS && word.equals(word.toUpperCase(Locale.ROOT)) && initials(name).equals(word)) return Optional.of(e.ref());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String p : name.split("\\s+")) if (!p.isEmpty() && Character.isUpperCase(p.codePointAt(0))) sb.appendCodePoint(p.codePointAt(0));
        return sb.toString();
    }

    /**
     * The participants of an event with their final sides: a principal without a side of their own gets their
     * country's when it is one of the event's sides; with two sides or more, the persons of its with- or
     * between-phrase head them ("Gespräche zwischen X und Y").
     */
    List<Participant> complete(EventDraft e) {
        Set<EntityRef> sides = new LinkedHashSet<>();
        for (Participant p : e.actors()) p.side().ifPresent(sides::add);
        List<Participant> out = new ArrayList<>();
        for (Participant p : e.actors()) {
            Optional<EntityRef> side = p.side();
            Entity person = doc.people().get(p.person());
            if (side.isEmpty() && !sides.isEmpty() && person.country().isPresent() && sides.contains(person.country().get())) side = person.country();
            boolean head = sides.size() >= 2 && e.between().contains(p.person());
            out.add(new Participant(p.person(), side, head, p.rule()));
        }
        return out;
    }
}
