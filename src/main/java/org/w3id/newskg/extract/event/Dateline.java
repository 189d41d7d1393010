package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.regex.Pattern;
import org.w3id.newskg.model.EntityType;

/**
 * {@code dateline}: a held event at an unnamed venue, or with participants and no place at all, is held where the
 * dateline says ("KIEL (dpa) –"), and so is one whose only named places are countries ("THE HAGUE, Netherlands >>
 * … leaders gathered in the Netherlands"), and so is an event of the dateline's own paragraph without either
 * ("Hagen. Der Rat hat nach einer Sitzung …"). Calls, planned and earlier events, and events not worth a node are left
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
            if (e.places().isEmpty() && e.actors().isEmpty() && !inLead(s, e, dateline.getFirst())) continue;
            for (PlaceFinder.Place p : dateline) e.addPlace(p);
        }
    }

    /**
     * "Hagen. Der Rat der Stadt hat nach einer Sitzung …": the event is told in the dateline's own paragraph, the
     * lead, which reports what happened where the dateline says; no blank line lies between them.
     */
    private static boolean inLead(Scan s, EventDraft e, PlaceFinder.Place dateline) {
        int from = dateline.span().end(), at = s.tok(e.mentions().getFirst().token()).span().begin();
        return at >= from && !BLANK_LINE.matcher(s.doc.text().substring(from, at)).find();
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x{a0}]*\\r?\\n");

    /** A place the mention stage found as a country: the dateline's town lies in it and says more. */
    private static boolean country(Scan s, PlaceFinder.Place p) {
        return p.entity().map(r -> s.doc.people().get(r).type() == EntityType.COUNTRY).orElse(false);
    }
}
