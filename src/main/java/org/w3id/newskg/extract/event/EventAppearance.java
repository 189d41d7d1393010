package org.w3id.newskg.extract.event;

import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.model.Token;

/**
 * {@code appearance}: a person's own appearance ("in seiner Rede", "bei ihrer Vorstellung", "during her speech":
 * an {@code appearance} noun after a possessive) makes the persons of the clause participants of the press event
 * nearest to it, or of the nearest held event.
 */
final class EventAppearance implements EventRule.AtToken {
    static final String NAME = "appearance";
    /** The possessive stands at most this many tokens before the noun ("in ihrer viel beachteten Rede"). */
    static final int POSSESSIVE_WINDOW = 4;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        Token t = s.tok(k);
        return (t.is("NOUN") || t.isPropn()) && s.cues.is(Kind.APPEARANCE, t.text()) && own(s, c, k) ? Optional.of(new Cue.Appearance(k, c)) : Optional.empty();
    }

    private static boolean own(Scan s, Clause c, int k) {
        for (int i = k - 1; i >= Math.max(c.from(), k - POSSESSIVE_WINDOW); i--) {
            if (s.cues.is(Kind.POSSESSIVE, s.tok(i).text())) return true;
            if (s.tok(i).isVerbal() || s.tok(i).isPunct()) return false;
        }
        return false;
    }
}
