package org.w3id.newskg.extract.event;

import java.util.List;

/**
 * {@code dateline}: a held event at an unnamed venue, or with participants and no place at all, is held where the
 * dateline says ("KIEL (dpa) –"). Calls, planned and earlier events, and events not worth a node are left out.
 */
final class Dateline implements EventRule.OverEvents {
    static final String NAME = "dateline";

    @Override public String name() { return NAME; }

    @Override
    public void revise(Scan s) {
        List<PlaceFinder.Place> dateline = s.places.dateline();
        if (dateline.isEmpty()) return;
        for (EventDraft e : s.events.all()) {
            if (!e.held() || e.kind() == EventKind.CALL || e.hasNamedPlace() || !e.kept()) continue;
            if (e.places().isEmpty() && e.actors().isEmpty()) continue;
            for (PlaceFinder.Place p : dateline) e.addPlace(p);
        }
    }
}
