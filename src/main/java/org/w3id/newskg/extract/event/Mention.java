package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.model.EntityRef;

/**
 * A word that refers to an event: an event noun ("das Treffen", "talks"), or a participation verb that reports an
 * event without one ("trafen sich", "spoke by telephone": {@link #implicit()}), with what the words around it say
 * ({@link Reading}). Immutable; equal only to itself, since two mentions can stand at one token (a noun the tagger
 * took for a verb).
 *
 * {@snippet :
 * Mention m = Mention.of(7, "meeting", false, false);   // "Treffen" at token 7, not yet read
 * m = m.read(reading);                                   // with its determiner, preposition, with-phrase …
 * }
 */
final class Mention {
    /** How a mention is determined: "ein Treffen", "das Treffen", "dieses Treffen", "sein Treffen", "Treffen". */
    enum Det { INDEF, DEF, DEM, POSS, BARE }

    /** The preposition that governs the mention: "bei"/"at", "nach"/"after", "vor"/"on the eve of" (an event the clause is not about). */
    enum Prep { NONE, AT, AFTER, NOT_THIS }

    /**
     * What the words around a mention say.
     *
     * @param generic not a particular event ("Treffen sind wichtig", a second "ein Treffen" saying nothing new)
     * @param ordinal the number of a round ("die dritte Runde")
     * @param with    the persons of a with- or between-phrase ("Gespräche zwischen X und Y"), in text order
     */
    record Reading(Det det, boolean planned, boolean earlier, boolean generic, Prep prep, Optional<Integer> ordinal, List<EntityRef> with) {
        /** A mention no words describe: bare, held, no preposition. */
        static final Reading NONE = new Reading(Det.BARE, false, false, false, Prep.NONE, Optional.empty(), List.of());

        Reading {
            with = List.copyOf(with);
        }
    }

    private final int token;
    private final String type;
    private final boolean implicit;
    private final boolean plural;
    private final Reading reading;

    private Mention(int token, String type, boolean implicit, boolean plural, Reading reading) {
        this.token = token;
        this.type = type;
        this.implicit = implicit;
        this.plural = plural;
        this.reading = reading;
    }

    /** A mention at the token of an event type of the lexicon ("meeting", "call"), not yet read. */
    static Mention of(int token, String type, boolean implicit, boolean plural) { return new Mention(token, type, implicit, plural, Reading.NONE); }

    /** The same mention with what its words say. */
    Mention read(Reading r) { return new Mention(token, type, implicit, plural, r); }

    int token() { return token; }

    String type() { return type; }

    EventKind kind() { return EventKind.of(type); }

    /** A verb that reports the event, not a noun. */
    boolean implicit() { return implicit; }

    /** The noun in a plural form ("Gespräche" for "Gespräch"). */
    boolean plural() { return plural; }

    Reading reading() { return reading; }

    Det det() { return reading.det(); }

    boolean planned() { return reading.planned(); }

    boolean earlier() { return reading.earlier(); }

    boolean generic() { return reading.generic(); }

    Prep prep() { return reading.prep(); }

    /** An event the clause is not about: "vor dem Treffen", "on the eve of the summit". */
    boolean notThis() { return reading.prep() == Prep.NOT_THIS; }

    Optional<Integer> ordinal() { return reading.ordinal(); }

    List<EntityRef> with() { return reading.with(); }

    @Override
    public String toString() { return (implicit ? "verb " : "noun ") + type + "@" + token; }
}
