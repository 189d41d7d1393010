package org.w3id.newskg.pipeline;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;
import org.w3id.newskg.model.Participant;
import org.w3id.newskg.model.Role;
import org.w3id.newskg.model.Statement;

/** A readable account of an extraction: persons, other entities, events and statements, one per line. */
public final class Explanation {
    private Explanation() {}

    public static String of(Extraction.Linked linked) {
        Extraction ex = linked.extraction();
        Map<EntityRef, LinkDecision> links = linked.links();
        String text = ex.article().text();
        StringBuilder sb = new StringBuilder();
        sb.append("article ").append(ex.article().id()).append(" (").append(ex.article().lang()).append(")\n");
        for (Entity e : ex.entities()) {
            sb.append(e.type().name().toLowerCase()).append(' ').append(e.ref()).append(": ").append(e.label());
            if (e.surfaceForms().size() > 1) sb.append(" | forms ").append(e.surfaceForms().stream().sorted().collect(Collectors.joining(", ")));
            for (Role r : e.roles()) sb.append(" | role ").append(r.title()).append(r.affiliation().map(a -> " of " + label(ex, a)).orElse(""));
            e.country().ifPresent(c -> sb.append(" | country ").append(label(ex, c)));
            for (EntityRef m : e.memberOf()) sb.append(" | member of ").append(label(ex, m));
            if (e.isPerson()) sb.append(" | gender ").append(e.gender().name().toLowerCase());
            List<String> referring = e.mentions().stream().filter(m -> m.kind() != org.w3id.newskg.model.MentionKind.NAME).map(m -> m.span().in(text)).toList();
            if (!referring.isEmpty()) sb.append(" | also ").append(String.join(", ", referring));
            LinkDecision d = links.get(e.ref());
            if (d instanceof LinkDecision.Linked l) sb.append(" | sameAs ").append(l.qid());
            else if (d instanceof LinkDecision.Unsure u) sb.append(" | unsure ").append(u.candidates().stream().map(LinkDecision.Candidate::qid).toList());
            sb.append('\n');
        }
        for (Event e : ex.events()) {
            sb.append("event ").append(e.ref()).append(": ").append(e.label()).append(" [").append(e.type()).append(']');
            if (!e.places().isEmpty()) sb.append(" | places ").append(e.places().stream().map(p -> label(ex, p)).toList());
            e.duration().ifPresent(d -> sb.append(" | duration ").append(d));
            e.format().ifPresent(f -> sb.append(" | format ").append(f));
            for (Participant p : e.actors())
                sb.append(" | actor ").append(label(ex, p.person())).append(p.side().map(s -> " (" + label(ex, s) + ")").orElse(""))
                        .append(" {").append(p.rule()).append('}');
            sb.append('\n');
        }
        for (Statement s : ex.statements()) {
            sb.append(s.kind() == Statement.Kind.DIRECT_QUOTE ? "direct   " : "reported ");
            sb.append(s.speaker().map(r -> label(ex, r)).orElse("-"));
            s.speakerSpan().ifPresent(sp -> sb.append(" [").append(sp.in(text)).append(']'));
            s.cue().ifPresent(c -> sb.append(" cue '").append(c.in(text)).append('\''));
            s.channel().ifPresent(c -> sb.append(" via ").append(c));
            sb.append(" {").append(s.rule()).append("} ").append(s.words().in(text).replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }

    private static String label(Extraction ex, EntityRef r) { return ex.entity(r).map(Entity::label).orElse(r.value()); }
}
