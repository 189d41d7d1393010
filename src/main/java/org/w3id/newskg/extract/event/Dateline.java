package org.w3id.newskg.extract.event;

import java.util.List;
import org.w3id.newskg.model.EntityType;

/**
 * {@code dateline}: a held event at an unnamed venue, or with participants and no place at all, is held where the
 * dateline says ("KIEL (dpa) –"), and so is one whose only named places are countries ("THE HAGUE, Netherlands >>
 * … leaders gathered in the Netherlands"). Calls, planned and earlier events, and events not worth a node are left
 * out.
 */
final class Dateline implements EventRule.OverEvents {
    static final String NAME = "dateline";

    @Override public String name() { return NAME; }

    @Override
    public void revise(Scan s) {
        List<PlaceFinder.Place> dateline = s.places.dateline();
        if (dateline.isEmpty()) return;
        for (EventDraft e : s.events.all()) {
            if (!e.held() || e.kind() == EventKind.CALL || !e.kept() || e.places().stream().anyMatch(p -> p.named() && !country(s, p))) continue;
            if (e.places().isEmpty() && e.actors().isEmpty()) continue;
            for (PlaceFinder.Place p : dateline) e.addPlace(p);
        }
    }

    /** A place the mention stage found as a country: the dateline's town lies in it and says more. */
    private static boolean country(Scan s, PlaceFinder.Place p) {
        return p.entity().map(r -> s.doc.people().get(r).type() == EntityType.COUNTRY).orElse(false);
    }
}
