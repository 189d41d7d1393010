package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.EventCues;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.PersonRef;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code event-role}: a title or apposition that makes a person a participant of the nearest held event: a {@code
 * role} noun before the name ("Gastgeber X", "lead negotiator X") or in an apposition after it ("X, the host,"),
 * or a compound of an event noun and a {@code role-head} ("Gipfelchef X", "Konferenzleiterin X"). A role cue whose
 * value names an event type is a role at that kind of event only ("Richterin X" at a trial, "Trainer X" at a
 * match, "Kandidatin X" at an election). Bylines and credits are left out.
 */
final class EventRole implements EventRule.OverArticle {
    static final String NAME = "event-role";
    /** The role noun stands at most this many tokens before the name, or after its comma. */
    static final int ROLE_WINDOW = 8;
    /** The event noun of a compound role has at least this many letters ("Gipfel" in "Gipfelchef"). */
    static final int MIN_MODIFIER = 4;
    /** The role head of a compound has at least this many letters ("chef"). */
    static final int MIN_HEAD = 4;

    @Override public String name() { return NAME; }

    @Override
    public void find(Scan s, List<Cue> cues) {
        for (PersonRef r : s.doc.personRefs())
            if (!s.persons.credited(r.ref())) role(s, r).ifPresent(at -> cues.add(new Cue.Role(r.token(), r.entity(), at)));
    }

    /** The role the person has, as the kind of event it is a role at (empty: any event); none when no role word stands there. */
    private static Optional<Optional<EventKind>> role(Scan s, PersonRef r) {
        int t = r.token();
        Sentence sent = s.doc.sentenceOf(t);
        for (int i = t - 1; i >= Math.max(sent.range().begin(), t - ROLE_WINDOW); i--) {
            Token u = s.tok(i);
            if (u.isVerbal()) break;
            if (u.is("NOUN") || u.isPropn()) {
                Optional<Optional<EventKind>> k = roleWord(s, u.text());
                if (k.isPresent()) return k;
            }
            if (s.doc.personAt(i).isPresent() && i < t - 1 && !s.doc.personAt(i).get().equals(r.ref())) break;
        }
        int end = s.doc.annotated().tokensWithin(r.ref().span()).end();
        if (end < sent.range().end() && s.tok(end).text().equals(",")) {
            for (int i = end + 1; i < Math.min(sent.range().end(), end + ROLE_WINDOW); i++) {
                Token u = s.tok(i);
                if (u.text().equals(",") || u.is("VERB")) break;
                if (u.is("NOUN") || u.isPropn()) {
                    Optional<Optional<EventKind>> k = roleWord(s, u.text());
                    if (k.isPresent()) return k;
                }
            }
        }
        return Optional.empty();
    }

    /** The role a word names, with the kind of event its cue's value restricts it to ("richterin": a trial). */
    private static Optional<Optional<EventKind>> roleWord(Scan s, String w) {
        Optional<EventCues.Cue> cue = s.cues.cue(Kind.ROLE, w);
        if (cue.isPresent()) return Optional.of(cue.get().value().equals("-") ? Optional.empty() : Optional.of(EventKind.of(cue.get().value())));
        return compound(s, w) ? Optional.of(Optional.empty()) : Optional.empty();
    }

    private static boolean compound(Scan s, String w) {
        String lw = w.toLowerCase(Locale.ROOT);
        if (lw.contains("-")) lw = lw.substring(lw.lastIndexOf('-') + 1);
        for (int i = MIN_MODIFIER; i < lw.length() - (MIN_HEAD - 1); i++) {
            if (!s.cues.is(Kind.ROLE_HEAD, lw.substring(i))) continue;
            String mod = lw.substring(0, i);
            if (s.lex.eventNoun(mod).isPresent() || mod.endsWith("s") && s.lex.eventNoun(mod.substring(0, mod.length() - 1)).isPresent()) return true;
        }
        return false;
    }
}
