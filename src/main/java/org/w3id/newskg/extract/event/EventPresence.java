package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.Sentence;

/**
 * {@code presence}: a word or phrase of presence ({@code presence} cues: "anwesend", "also present were", "among
 * those present") makes the persons of its clause participants of the nearest held event, also in a sentence of
 * their own after the one that reports it ("Also present were X and Y"). A phrase that points back to a group
 * ("Zu ihnen zählten X und Y", "Among them were": value {@code previous}) counts only right after a sentence that
 * mentions an event, so that the group is its participants and not its critics. Not for the participants of
 * something that is no event ("among the guests of the radio show").
 */
final class EventPresence implements EventRule.AtToken {
    static final String NAME = "presence";

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        Optional<EventCues.Cue> cue = at(s, k);
        if (cue.isEmpty()) return Optional.empty();
        if (cue.get().value().equals("previous") && !afterEventSentence(s, k)) return Optional.empty();
        if (ParticipantNoun.ofOther(s, c, k + cue.get().words().size() - 1)) return Optional.empty();
        return Optional.of(new Cue.Presence(k, c));
    }

    /** The presence cue that starts at token k, the longest first. */
    private static Optional<EventCues.Cue> at(Scan s, int k) {
        int n = s.cues.phraseAt(Kind.PRESENCE, s.toks, k);
        if (n == 0) return Optional.empty();
        if (n == 1) return s.cues.cue(Kind.PRESENCE, s.tok(k).text()).filter(c -> c.words().size() == 1)
                .or(() -> s.cues.all(Kind.PRESENCE).stream().filter(c -> c.words().size() == 1 && matches(s, c, k)).findFirst());
        return s.cues.all(Kind.PRESENCE).stream().filter(c -> c.words().size() == n && matches(s, c, k)).findFirst();
    }

    private static boolean matches(Scan s, EventCues.Cue c, int k) {
        for (int i = 0; i < c.words().size(); i++) {
            String w = c.words().get(i);
            if (k + i >= s.toks.size() || !(w.equals("*") || w.equalsIgnoreCase(s.tok(k + i).text()))) return false;
        }
        return true;
    }

    /** The sentence before the cue's mentions a particular event (a noun, or a verb that reports one). */
    private static boolean afterEventSentence(Scan s, int k) {
        Sentence sent = s.doc.sentenceOf(k);
        return s.mentions.stream().anyMatch(m -> !m.generic() && !m.notThis() && s.doc.sentenceOf(m.token()).index() == sent.index() - 1);
    }
}
