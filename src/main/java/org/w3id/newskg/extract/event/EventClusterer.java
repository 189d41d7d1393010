package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.event.Mention.Det;

/**
 * Decides which mention joins which event, in text order. A mention joins the last event it can refer to: one of
 * the same kind (calls and press events stay apart from meetings), both planned or both held, no other ordinal
 * ("die dritte Runde" is not "die zweite"), no other day, no other named place. A definite mention first looks
 * for an event named by a compound of its noun ("das Treffen" after "das Krisentreffen"); an indefinite one ("ein
 * Treffen") and a verb with a format of its own start a new event unless the only ones before are bare headlines.
 * A mention of an event the clause is not about ("vor dem Treffen") never joins one of its own sentence.
 * It also finds the held event a participant cue without a mention belongs to ({@link #nearestHeld}).
 *
 * {@snippet :
 * EventClusterer events = new EventClusterer(doc);
 * events.join(mention, facts);      // the mention's event, new or one before
 * events.of(mention);               // Optional[that event]
 * }
 */
final class EventClusterer {
    /** A shared last word ("Rathaus"), or a town a venue is named after ("Rostock"), has at least this many letters. */
    static final int MIN_PLACE_WORD = 4;

    private final ArticleDoc doc;
    private final List<EventDraft> events = new ArrayList<>();
    /** Mentions are equal only to themselves, so this maps each mention, not each token. */
    private final Map<Mention, EventDraft> eventOf = new HashMap<>();

    EventClusterer(ArticleDoc doc) { this.doc = doc; }

    /** The events in the order their first mentions joined. */
    List<EventDraft> all() { return events; }

    /** The event a mention joined. */
    Optional<EventDraft> of(Mention m) { return Optional.ofNullable(eventOf.get(m)); }

    /** Joins the mention, with what its sentence says, to an event before it or to a new one. */
    void join(Mention m, Figures.Facts f) {
        EventDraft target = null;
        boolean fresh = m.det() == Det.INDEF || m.implicit() && f.format().isPresent();
        if (!m.implicit() && (m.det() == Det.DEF || m.det() == Det.DEM)) target = compoundOf(m).orElse(null);
        for (int i = events.size() - 1; i >= 0 && target == null; i--) {
            EventDraft e = events.get(i);
            if (!compatible(e, m, f)) continue;
            if (fresh && !e.mentions().stream().allMatch(x -> x.det() == Det.BARE && doc.shortUnpunctuated(doc.sentenceOf(x.token())))) continue;
            target = e;
        }
        if (target == null || m.notThis() && target.mentions().stream().anyMatch(x -> doc.sentenceOf(x.token()) == doc.sentenceOf(m.token())))
            target = open();
        add(target, m, f);
    }

    /** A new event of a mention of its own (a participant cue that found no event: "trafen sich" without a noun). */
    void start(Mention m) { add(open(), m, Figures.Facts.NONE); }

    private EventDraft open() {
        EventDraft e = new EventDraft();
        events.add(e);
        return e;
    }

    private void add(EventDraft e, Mention m, Figures.Facts f) {
        e.add(m, f);
        eventOf.put(m, e);
    }

    /** The last event, as planned or held as the mention, named by a compound of its noun: "Krisentreffen" for "das Treffen". */
    private Optional<EventDraft> compoundOf(Mention m) {
        String w = doc.token(m.token()).text().toLowerCase(Locale.ROOT);
        EventDraft target = null;
        for (int i = events.size() - 1; i >= 0 && target == null; i--) {
            EventDraft e = events.get(i);
            if (e.planned() != m.planned() || e.earlier() != m.earlier()) continue;
            for (Mention x : e.mentions()) {
                String xw = doc.token(x.token()).text();
                if (!x.implicit() && xw.toLowerCase(Locale.ROOT).endsWith(w) && !xw.equalsIgnoreCase(w)) target = e;
            }
        }
        return Optional.ofNullable(target);
    }

    private static boolean compatible(EventDraft e, Mention m, Figures.Facts f) {
        if (e.kind() != m.kind() || e.planned() != m.planned() || e.earlier() != m.earlier()) return false;
        if (e.ordinal().isPresent() && m.ordinal().isPresent() && !e.ordinal().equals(m.ordinal())) return false;
        if (e.when().isPresent() && f.when().isPresent() && !e.when().get().key().equals(f.when().get().key())) return false;
        List<PlaceFinder.Place> named = f.places().stream().filter(PlaceFinder.Place::named).toList();
        if (!named.isEmpty() && e.hasNamedPlace()) {
            for (PlaceFinder.Place p : named) for (PlaceFinder.Place q : e.places()) if (samePlace(p, q)) return true;
            return false;
        }
        return true;
    }

    /** The same place: the same name or entity, the same last word, or a venue named after the town ("Rostocker Rathaus", "Rostock"). */
    static boolean samePlace(PlaceFinder.Place p, PlaceFinder.Place q) {
        String a = p.key(), b = q.key();
        if (a.equals(b) || p.entity().isPresent() && p.entity().equals(q.entity())) return true;
        String la = a.substring(a.lastIndexOf(' ') + 1), lb = b.substring(b.lastIndexOf(' ') + 1);
        if (la.equals(lb) && la.length() >= MIN_PLACE_WORD) return true;
        return within(a, b) || within(b, a);
    }

    /** "rostocker rathaus" lies in "rostock": a venue named after its town. */
    private static boolean within(String venue, String town) {
        int space = venue.indexOf(' ');
        return space > 0 && !town.contains(" ") && town.length() >= MIN_PLACE_WORD && venue.substring(0, space).startsWith(town);
    }

    /**
     * The held event a cue without a mention of its own belongs to: the nearest by its mentions (a mention after
     * the cue one token farther), an event of the preferred kind first; a call only for a cue that prefers calls
     * or when every held event is a call.
     */
    Optional<EventDraft> nearestHeld(int token, EventKind prefer) {
        EventDraft best = null;
        int bestDist = Integer.MAX_VALUE;
        boolean bestPreferred = false;
        boolean heldMeeting = events.stream().anyMatch(x -> x.held() && x.kind() != EventKind.CALL);
        for (EventDraft e : events) {
            if (!e.held() || e.generic()) continue;
            if (prefer == EventKind.MEETING && e.kind() == EventKind.CALL && heldMeeting) continue;
            boolean preferred = e.kind() == prefer;
            int dist = Integer.MAX_VALUE;
            for (Mention m : e.mentions()) dist = Math.min(dist, Math.abs(m.token() - token) + (m.token() > token ? 1 : 0));
            if (best == null || preferred && !bestPreferred || preferred == bestPreferred && dist < bestDist) {
                best = e;
                bestDist = dist;
                bestPreferred = preferred;
            }
        }
        return Optional.ofNullable(best);
    }
}
