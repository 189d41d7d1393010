package org.w3id.newskg.extract.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Participant;

/**
 * An event being built: its mentions, what they say of it (the first mention fixes its kind and whether it is
 * planned or earlier; the first that says so its time, duration, format and ordinal; every mention its places)
 * and the participants the rules add. The one mutable builder of the event finder: {@link EventClusterer} adds
 * mentions, {@link Participation} and the rules over events add participants and places, {@link EventFinder}
 * turns it into an {@link org.w3id.newskg.model.Event}.
 */
final class EventDraft {
    private final List<Mention> mentions = new ArrayList<>();
    private final List<PlaceFinder.Place> places = new ArrayList<>();
    private final Map<EntityRef, Participant> actors = new LinkedHashMap<>();
    private final Set<EntityRef> between = new LinkedHashSet<>();
    private Optional<When> when = Optional.empty();
    private Optional<Duration> duration = Optional.empty();
    private Optional<String> format = Optional.empty();
    private Optional<Integer> ordinal = Optional.empty();
    private boolean planned, earlier;
    private EventKind kind;

    /** Adds a mention with what its sentence says; the first mention makes the event what it is. */
    void add(Mention m, Figures.Facts f) {
        if (mentions.isEmpty()) {
            kind = m.kind();
            planned = m.planned();
            earlier = m.earlier();
        }
        mentions.add(m);
        for (PlaceFinder.Place p : f.places()) addPlace(p);
        if (when.isEmpty()) when = f.when();
        if (duration.isEmpty()) duration = f.duration();
        if (format.isEmpty()) format = f.format();
        if (ordinal.isEmpty()) ordinal = m.ordinal();
    }

    /** Adds a place unless one of the same name is there. */
    void addPlace(PlaceFinder.Place p) {
        for (PlaceFinder.Place q : places) if (q.key().equals(p.key())) return;
        places.add(p);
    }

    /** Adds the participant unless the person takes part already (the first rule that adds a person is the one recorded). */
    void addActor(Participant p) { actors.putIfAbsent(p.person(), p); }

    boolean hasActor(EntityRef person) { return actors.containsKey(person); }

    /** Records the persons of a with- or between-phrase: with two sides they head them. */
    void addBetween(Collection<EntityRef> persons) { between.addAll(persons); }

    List<Mention> mentions() { return mentions; }

    List<PlaceFinder.Place> places() { return places; }

    Collection<Participant> actors() { return actors.values(); }

    Set<EntityRef> between() { return between; }

    Optional<When> when() { return when; }

    Optional<Duration> duration() { return duration; }

    Optional<String> format() { return format; }

    Optional<Integer> ordinal() { return ordinal; }

    EventKind kind() { return kind; }

    boolean planned() { return planned; }

    boolean earlier() { return earlier; }

    /** Neither planned nor earlier: the event the article reports on. */
    boolean held() { return !planned && !earlier; }

    boolean hasNamedPlace() { return places.stream().anyMatch(PlaceFinder.Place::named); }

    /** Whether every mention is generic ("Treffen sind wichtig"). */
    boolean generic() { return mentions.stream().allMatch(Mention::generic); }

    /**
     * Whether it is an event worth a node: not generic, and with something said of it — participants, a place, a
     * time, a duration, a format, a second mention, or that it is planned or earlier.
     */
    boolean kept() {
        if (generic()) return false;
        return !actors.isEmpty() || !places.isEmpty() || when.isPresent() || duration.isPresent() || format.isPresent()
                || mentions.stream().filter(m -> !m.generic()).count() > 1 || !held();
    }
}
