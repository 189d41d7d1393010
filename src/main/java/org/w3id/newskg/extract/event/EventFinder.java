package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.EventRef;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.MentionKind;
import org.w3id.newskg.model.Participant;
import org.w3id.newskg.model.Sentence;

/**
 * Finds the events an article reports — meetings, summits, talks, calls, visits, conferences, trials, elections,
 * matches, strikes, protests, presentations and openings, held or planned —
 * with their places, time, duration, format and participants, by running the ordered rules of its language
 * ({@link EventRules}) over the article ({@link ArticleDoc}).
 *
 * <p>Four steps. <b>Mentions</b>: the mention rules find the words that refer to events ({@link EventNoun},
 * {@link ParticipationVerb}). <b>Events</b>: each mention, with what its sentence says of places, time, duration
 * and format ({@link Figures}), joins an event ({@link EventClusterer}). <b>Participants</b>: the participant rules
 * propose cues ({@link Cue}), which {@link Participation} attaches in order; each participation records the rule
 * that made it. People who only comment on an event, sources ("laut X"), negated participation and bylines or photo
 * credits are not participants. <b>Revisions</b>: rules over the events add what depends on the others (a speaker
 * at the event's place, the dateline). Thread-safe: one per language and pipeline, the per-article state is in
 * {@link Scan}.
 *
 * {@snippet :
 * EventFinder.Found found = new EventFinder(EventRules.german(), Lexicon.of("de"), Gazetteer.shipped()).findAll(doc);
 * found.events();   // [Event[label=Treffen in Rostock, places=[l1], actors=[p1, p2], ...]]
 * found.people();   // the doc's people plus the places only the events name ("Schloss Rabenau")
 * }
 */
public final class EventFinder {
    private final EventRules rules;
    private final Gazetteer gazetteer;
    private final Durations durations;
    private final Formats formats;

    /** The events and the people of the article, with the places that only its events name. */
    public record Found(People people, List<Event> events) {}

    /** The rules of the lexicon's language, the shipped gazetteer. */
    public EventFinder(Lexicon lex) { this(EventRules.of(lex.lang()), lex, Gazetteer.shipped()); }

    public EventFinder(EventRules rules, Lexicon lex, Gazetteer gazetteer) {
        this.rules = rules;
        this.gazetteer = gazetteer;
        this.durations = new Durations(lex.eventCues());
        this.formats = new Formats(lex);
    }

    /** The events; places that no entity of the doc's people stands for are left out (see {@link #findAll}). */
    public List<Event> find(ArticleDoc doc) { return findAll(doc).events(); }

    /** The events, and the doc's people with a place entity added for every place an event names that they lack. */
    public Found findAll(ArticleDoc doc) {
        Scan s = new Scan(doc, gazetteer, durations, formats);
        List<Cue> cues = new ArrayList<>();
        for (EventRule.Mentions r : rules.mentions()) r.find(s, cues);
        s.mentions.sort(Comparator.comparingInt(Mention::token));
        for (Mention m : s.mentions) if (!m.generic()) s.events.join(m, s.figures.of(m));
        for (Mention m : s.mentions) onMention(s, m, cues);
        for (Clause c : doc.clauses()) if (!s.negated(c)) inClause(s, c, cues);
        for (EventRule.OverArticle r : rules.overArticle()) r.find(s, cues);
        Participation participation = new Participation(s);
        for (Cue c : cues) participation.attach(c);
        for (EventRule.OverEvents r : rules.overEvents()) r.revise(s);
        return build(s);
    }

    private void onMention(Scan s, Mention m, List<Cue> cues) {
        if (m.generic() || m.implicit()) return;
        for (EventRule.OnMention r : rules.onMention()) r.find(s, m).ifPresent(cues::add);
        if (s.negated(s.doc.clauseOf(m.token())) || m.notThis()) return;
        for (EventRule.OnMention r : rules.firstOnMention()) {
            Optional<Cue> cue = r.find(s, m);
            if (cue.isPresent()) {
                cues.add(cue.get());
                return;
            }
        }
    }

    private void inClause(Scan s, Clause c, List<Cue> cues) {
        for (int k = c.from(); k < c.to(); k++) {
            for (EventRule.AtToken r : rules.oncePerClause()) {
                Optional<Cue> cue = r.find(s, c, k);
                if (cue.isPresent()) {
                    cues.add(cue.get());
                    return;
                }
            }
            for (EventRule.AtToken r : rules.everyToken()) r.find(s, c, k).ifPresent(cues::add);
        }
    }

    /** The events worth a node, numbered in order, and the people with the places only events name. */
    private static Found build(Scan s) {
        People people = s.doc.people();
        List<Entity> entities = new ArrayList<>(people.entities());
        List<People.Ref> refs = new ArrayList<>(people.refs());
        Map<String, EntityRef> added = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (EventDraft e : s.events.all()) {
            if (!e.kept()) continue;
            List<EntityRef> places = new ArrayList<>();
            for (PlaceFinder.Place p : e.places()) {
                EntityRef ref = p.entity().orElseGet(() -> added.computeIfAbsent(p.key(), k -> {
                    EntityRef r = new EntityRef("ep" + (added.size() + 1));
                    var range = s.doc.annotated().tokensWithin(p.span());
                    int sentence = s.doc.annotated().sentenceAt(p.span().begin()).map(Sentence::index).orElse(0);
                    Set<String> forms = new LinkedHashSet<>(p.forms());
                    forms.add(p.label());
                    entities.add(new Entity(r, EntityType.PLACE, p.label(), forms, List.of(new org.w3id.newskg.model.Mention(p.span(), range, sentence, MentionKind.NAME, "event-place")),
                            Gender.UNKNOWN, List.of(), Optional.empty(), List.of()));
                    refs.add(new People.Ref(p.span(), r));
                    return r;
                }));
                if (!places.contains(ref)) places.add(ref);
            }
            List<Participant> actors = s.sides.complete(e);
            List<Mention> said = e.mentions().stream().filter(m -> !m.generic()).toList();
            String type = said.stream().map(Mention::type).findFirst().orElse("meeting");
            List<CharSpan> spans = said.stream().map(m -> s.tok(m.token()).span()).toList();
            out.add(new Event(new EventRef("e" + (out.size() + 1)), label(s, e, entities), type, spans, places, e.when().flatMap(When::date),
                    e.duration(), e.format(), actors));
        }
        return new Found(added.isEmpty() ? people : new People(entities, refs), out);
    }

    /** "Treffen in Rostock (geplant)": the first noun (or the label noun of a verb), the first named place, the planned cue. */
    private static String label(Scan s, EventDraft e, List<Entity> entities) {
        var first = e.mentions().stream().filter(m -> !m.generic() && !m.implicit()).findFirst().orElse(e.mentions().getFirst());
        StringBuilder sb = new StringBuilder(first.implicit() ? labelNoun(s, first) : s.tok(first.token()).text());
        Optional<PlaceFinder.Place> where = e.places().stream().filter(p -> p.named() && !p.venue()).findFirst()
                .or(() -> e.places().stream().filter(PlaceFinder.Place::named).findFirst()).or(() -> e.places().stream().findFirst());
        where.ifPresent(p -> sb.append(" in ").append(p.entity().map(r -> entities.stream().filter(x -> x.ref().equals(r)).findFirst().orElseThrow().label()).orElse(p.label())));
        if (e.planned()) s.cues.first(Kind.LABEL_PLANNED, null).ifPresent(c -> sb.append(" (").append(c.phrase()).append(')'));
        return sb.toString();
    }

    /** The noun for an event that a verb reports ("trafen sich" → "Treffen"), from the label cues, capitalised. */
    private static String labelNoun(Scan s, Mention m) {
        String w = s.cues.first(Kind.LABEL, m.type()).map(c -> c.phrase()).orElse(s.tok(m.token()).lemma());
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
