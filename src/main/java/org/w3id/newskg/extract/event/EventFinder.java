package org.w3id.newskg.extract.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.EventRef;
import org.w3id.newskg.model.Participant;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Finds the event an article reports. Event nouns of the lexicon ("Gipfel", "Gespräche", "talks",
 * "summit"), also as compound heads ("Alaska-Gipfel"), are its mentions; since a news passage reports one
 * main event and refers to it by several nouns, they are taken as one event, labelled by its first mention
 * and its place. Places come from "in X"/"at X" beside a mention; participants are the persons named in
 * sentences that mention the event or a participation verb (teilnehmen, treffen, met, attended), except
 * persons who only comment on it; a side comes from "auf russischer Seite", "von US-Seite", "on the
 * American side". Duration from "zwei Stunden und 45 Minuten", "a three-hour meeting"; format from
 * "im Format …", "one-on-one", "tête-à-tête".
 */
public final class EventFinder {
    private static final Set<String> PARTICIPATION = Set.of("teilnehmen", "treffen", "empfangen", "besuchen", "verhandeln", "telefonieren",
            "zusammenkommen", "beraten", "meet", "attend", "host", "visit", "hold", "join", "negotiate", "receive");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einer", 1), Map.entry("einem", 1), Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("vier", 4),
            Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7), Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10),
            Map.entry("zwölf", 12), Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("anderthalb", 1), Map.entry("halbe", 0));
    private static final Pattern HOURS = Pattern.compile(
            "(?iu)\\b(\\d+|[a-zäöüß]+)[ -](?:stunden?|hours?|h)\\b(?:\\s+(?:und|and)\\s+(\\d+|[a-zäöüß]+)\\s+(?:minuten|minutes))?");
    private static final Pattern MINUTES = Pattern.compile("(?iu)\\b(\\d+|[a-zäöüß]+)[ -](?:minuten|minutes|minute)\\b");
    private static final Pattern FORMAT = Pattern.compile(
            "(?iu)(?:(?:im|in)\\s+(?:Format|format)\\s+[\"„»«“]?([^\"“”«».,;]{2,40})[\"“”«»]?)|\\b(one-on-one|one-to-one|tête-à-tête|tete-a-tete|vier Augen|bilateral(?:en|e)?|trilateral(?:en|e)?|im kleinen Kreis|in a small circle|(?:in )?(?:a )?video ?(?:call|conference)|per Video(?:schalte|konferenz)?)\\b");
    private final Lexicon lex;

    public EventFinder(Lexicon lex) { this.lex = lex; }

    public List<Event> find(AnnotatedText text, People people) {
        List<Token> toks = text.tokens();
        List<CharSpan> mentions = new ArrayList<>();
        String type = null, label = null;
        Token firstMention = null;
        for (Token t : toks) {
            if (!(t.is("NOUN") || t.isPropn())) continue;
            Optional<Lexicon.EventNoun> e = lex.eventNoun(t.text());
            if (e.isEmpty()) continue;
            mentions.add(t.span());
            if (firstMention == null) { firstMention = t; type = e.get().type(); label = t.text(); }
        }
        if (mentions.isEmpty()) return List.of();
        Set<EntityRef> places = new LinkedHashSet<>();
        Map<EntityRef, Participant> actors = new LinkedHashMap<>();
        Set<Integer> eventSentences = new LinkedHashSet<>();
        for (CharSpan m : mentions) text.sentenceAt(m.begin()).ifPresent(s -> eventSentences.add(s.index()));
        Optional<Duration> duration = Optional.empty();
        Optional<String> format = Optional.empty();
        for (Sentence s : text.sentences()) {
            boolean mentionsEvent = eventSentences.contains(s.index());
            boolean participation = s.tokens().stream().anyMatch(t -> t.isVerbal() && PARTICIPATION.contains(t.lemma()) || t.text().equalsIgnoreCase("teil") && t.is("ADP") == false && t.is("NOUN") == false);
            if (!mentionsEvent && !participation) continue;
            String st = s.span().in(text.text());
            if (duration.isEmpty() && mentionsEvent) duration = duration(st);
            if (format.isEmpty() && mentionsEvent) format = format(st);
            Optional<EntityRef> side = Optional.empty();
            for (People.Ref r : people.refs()) {
                if (!s.span().covers(r.span())) continue;
                Entity e = people.get(r.entity());
                if ((e.type() == EntityType.PLACE || e.type() == EntityType.COUNTRY) && mentionsEvent && placeBefore(text, r.span())) places.add(e.ref());
            }
            if (!participation && !between(s)) continue;
            int from = participation ? s.span().begin() : betweenStart(s);
            for (People.Ref r : people.refs()) {
                if (!s.span().covers(r.span()) || r.span().begin() < from || insideQuotes(text, r.span())) continue;
                Entity e = people.get(r.entity());
                if (!e.isPerson() || speaks(text, r.span())) continue;
                Optional<EntityRef> sd = sideBefore(text, people, s, r.span());
                actors.putIfAbsent(e.ref(), new Participant(e.ref(), sd, false));
            }
        }
        String fullLabel = label + (places.isEmpty() ? "" : (lex.lang().equals("de") ? " in " : " in ") + people.get(places.iterator().next()).label());
        return List.of(new Event(new EventRef("e1"), fullLabel, type, mentions, List.copyOf(places), Optional.empty(), duration, format,
                List.copyOf(actors.values())));
    }

    /** The "zwischen"/"between" of a sentence: only the coordination after it names participants. */
    private static int betweenStart(Sentence s) {
        for (Token t : s.tokens()) if (t.text().equalsIgnoreCase("zwischen") || t.text().equalsIgnoreCase("between")) return t.span().begin();
        return s.span().end();
    }

    private static boolean insideQuotes(AnnotatedText text, CharSpan span) {
        String s = text.text();
        int open = 0;
        int lineStart = s.lastIndexOf('\n', span.begin()) + 1;
        for (int i = lineStart; i < span.begin(); i++) if ("„“”\"»«".indexOf(s.charAt(i)) >= 0) open++;
        return open % 2 == 1;
    }

    /** A person right beside a speech verb comments on the event rather than taking part. */
    private boolean speaks(AnnotatedText text, CharSpan span) {
        Optional<Token> t = text.firstTokenFrom(span.begin());
        if (t.isEmpty()) return false;
        int i = t.get().index();
        int end = text.tokensWithin(span).end();
        return end < text.tokens().size() && text.token(end).isVerbal() && lex.speechVerb(text.token(end).text()).isPresent()
                || i > 0 && text.token(i - 1).isVerbal() && lex.speechVerb(text.token(i - 1).text()).isPresent();
    }

    private static boolean between(Sentence s) {
        return s.tokens().stream().anyMatch(t -> t.text().equalsIgnoreCase("zwischen") || t.text().equalsIgnoreCase("between"));
    }

    private static boolean placeBefore(AnnotatedText text, CharSpan span) {
        Optional<Token> t = text.firstTokenFrom(span.begin());
        if (t.isEmpty() || t.get().index() == 0) return false;
        String p = text.token(t.get().index() - 1).text().toLowerCase(Locale.ROOT);
        return Set.of("in", "im", "at", "auf", "bei", "nach", "near", "to").contains(p);
    }

    /** "Auf russischer Seite nahmen …", "von US-Seite …", "on the American side": the side that governs the name. */
    private Optional<EntityRef> sideBefore(AnnotatedText text, People people, Sentence s, CharSpan name) {
        List<Token> st = s.tokens();
        Optional<String> country = Optional.empty();
        for (Token t : st) {
            if (t.span().begin() >= name.begin()) break;
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.endsWith("seite") || w.equals("side")) {
                int i = t.index();
                String word = t.text();
                if (word.contains("-")) country = lex.demonymCountry(word.substring(0, word.indexOf('-'))).or(() -> Optional.of(word.substring(0, word.indexOf('-'))));
                else if (i > 0) country = lex.demonymCountry(text.token(i - 1).text());
            }
        }
        return country.flatMap(c -> people.find(EntityType.COUNTRY, c).map(Entity::ref));
    }

    static Optional<Duration> duration(String sentence) {
        Matcher m = HOURS.matcher(sentence);
        while (m.find()) {
            Integer h = number(m.group(1));
            if (h == null) continue;
            Integer min = m.group(2) == null ? Integer.valueOf(0) : number(m.group(2));
            if (min == null) min = 0;
            return Optional.of(Duration.ofHours(h).plusMinutes(min));
        }
        m = MINUTES.matcher(sentence);
        while (m.find()) {
            Integer min = number(m.group(1));
            if (min != null) return Optional.of(Duration.ofMinutes(min));
        }
        return Optional.empty();
    }

    private static Integer number(String w) {
        if (w.matches("\\d+")) return Integer.valueOf(w);
        return NUMBERS.get(w.toLowerCase(Locale.ROOT));
    }

    /** "im Format …" wins over a general phrase like "im kleinen Kreis" in the same sentence. */
    static Optional<String> format(String sentence) {
        Matcher m = FORMAT.matcher(sentence);
        String general = null;
        while (m.find()) {
            if (m.group(1) != null) return Optional.of(m.group(1).strip());
            if (general == null) general = m.group(2).strip();
        }
        return Optional.ofNullable(general);
    }
}
