package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.EntityRef;

/**
 * A reason to take persons for participants of an event, one record per kind, as the participant rules propose
 * them; {@link Participation} decides whose they are and which event they join. A cue with a mention joins that
 * mention's event; one without joins the nearest held event, one of the kind it prefers first.
 *
 * {@snippet :
 * switch (cue) {
 *     case Cue.Verb v -> …      // "X traf Y": the persons of the verb's clause
 *     case Cue.InClause c -> …  // "bei der Konferenz", "vor Journalisten": the persons of the clause
 *     …
 * }
 * }
 */
sealed interface Cue {
    /** The token the cue stands at: its distance to the mentions decides the event of a cue without a mention. */
    int token();

    /** The name of the rule that proposed it, which the participation records. */
    String rule();

    /** The mention whose event the cue is about, if it names one. */
    default Optional<Mention> mention() { return Optional.empty(); }

    /** The kind of event a cue without a mention prefers. */
    default EventKind prefer() { return EventKind.MEETING; }

    /** Whether a cue without a mention joins only an event of the kind it prefers ("Richterin X": a trial). */
    default boolean onlyPreferred() { return false; }

    /** "X traf Y", "sie nahm an den Gesprächen teil": the persons of the verb's clause, reporters before the verb left out. */
    record Verb(int token, Clause clause, Optional<Mention> about) implements Cue {
        public String rule() { return ParticipationVerb.NAME; }

        public Optional<Mention> mention() { return about; }
    }

    /** "Gespräche zwischen X und Y", "a meeting with X": the persons named; with two sides they head them. */
    record With(int token, Mention about) implements Cue {
        public String rule() { return WithBetween.NAME; }

        public Optional<Mention> mention() { return Optional.of(about); }
    }

    /** "Ihr Treffen mit X": the persons of the clause before the possessive mention. */
    record Own(int token, Clause clause, Mention about) implements Cue {
        public String rule() { return OwnEvent.NAME; }

        public Optional<Mention> mention() { return Optional.of(about); }
    }

    /** A cue whose participants are the persons of a clause (its sources and credits left out). */
    sealed interface InClause extends Cue {
        Clause clause();
    }

    /** "bei der Konferenz", "nach dem Treffen", "during the talks": the clause's persons were at the event. */
    record At(int token, Clause clause, Mention about) implements InClause {
        public String rule() { return AtEvent.NAME; }

        public Optional<Mention> mention() { return Optional.of(about); }
    }

    /** "X hält Gespräche mit Y", "held crisis talks": the clause's subject hosts the event. */
    record Host(int token, Clause clause, Mention about) implements InClause {
        public String rule() { return HostVerb.NAME; }

        public Optional<Mention> mention() { return Optional.of(about); }
    }

    /** "sagte sie vor Journalisten", "told reporters": the speaker faced the press of an event. */
    record Audience(int token, Clause clause) implements InClause {
        public String rule() { return EventAudience.NAME; }

        public EventKind prefer() { return EventKind.PRESS; }
    }

    /** "in seiner Rede", "during her speech": an appearance of the clause's persons. */
    record Appearance(int token, Clause clause) implements InClause {
        public String rule() { return EventAppearance.NAME; }

        public EventKind prefer() { return EventKind.PRESS; }
    }

    /** "zum Abschluss", "at the close": a phase of the event, standing for it. */
    record Phase(int token, Clause clause) implements InClause {
        public String rule() { return EventPhase.NAME; }
    }

    /** "X told Y", "X assured Y": both took part, on a call if there is one. */
    record Told(int token, EntityRef subject, EntityRef object) implements Cue {
        public String rule() { return ToldPerson.NAME; }

        public EventKind prefer() { return EventKind.CALL; }
    }

    /** "Die Pressekonferenz der beiden Männer", "the two leaders met": the two persons the article is about took part. */
    record Pair(int token, List<EntityRef> persons, Optional<Mention> about) implements Cue {
        public String rule() { return ThePair.NAME; }

        public Optional<Mention> mention() { return about; }
    }

    /** A cue that makes one person a participant. */
    sealed interface OnePerson extends Cue {
        EntityRef person();
    }

    /** "Gastgeber X", "X, the lead negotiator", "Gipfelchef X": a role at the event; "Richterin X" only at a trial. */
    record Role(int token, EntityRef person, Optional<EventKind> at) implements OnePerson {
        public String rule() { return EventRole.NAME; }

        public EventKind prefer() { return at.orElse(EventKind.MEETING); }

        public boolean onlyPreferred() { return at.isPresent(); }
    }

    /** "Bei einem Treffen mit Y sagte X", "after talks with Y, X said": the clause's subject met Y there. */
    record Subject(int token, EntityRef person, Mention about) implements OnePerson {
        public String rule() { return WithSubject.NAME; }

        public Optional<Mention> mention() { return Optional.of(about); }
    }

    /** "Also present were X and Y", "Zu ihnen zählten X und Y": the clause's persons were at the nearest held event. */
    record Presence(int token, Clause clause) implements InClause {
        public String rule() { return EventPresence.NAME; }
    }

    /** "Zu den Gästen der Eröffnung gehörten X und Y", "Among the strikers was X": the clause's persons took part, in the event of the genitive or the nearest held one. */
    record Member(int token, Clause clause, Optional<Mention> about, EventKind prefer) implements InClause {
        public String rule() { return ParticipantNoun.NAME; }

        public Optional<Mention> mention() { return about; }
    }

    /** "„Wir sind hier, um …“, sagte X": X speaks at the place of the event. */
    record InQuote(int token, EntityRef person) implements OnePerson {
        public String rule() { return HereInQuote.NAME; }
    }
}
