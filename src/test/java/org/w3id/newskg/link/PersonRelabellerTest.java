package org.w3id.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/** A person named by surname only takes the full name of the item it is surely linked to, and nothing else changes. */
class PersonRelabellerTest {
    private static final Gazetteer GAZETTEER = Gazetteer.of(List.of(
            new Gazetteer.Item("Q999000501", "person", "Tomas Novak", List.of(), List.of("Tomas Novak"), "-", "-"),
            new Gazetteer.Item("Q999000502", "organisation", "Hafenrat Novak", List.of(), List.of("Hafenrat Novak"), "-", "-"),
            new Gazetteer.Item("Q999000503", "person", "Novak Brandt", List.of(), List.of("Novak Brandt"), "-", "-")));
    private final PersonRelabeller relabeller = new PersonRelabeller(GAZETTEER);

    @ParameterizedTest(name = "{0} {1}, {2} → {3}")
    @CsvSource(delimiter = '|', value = {
            "PERSON       | Novak       | linked Q999000501 | Tomas Novak",        // the item's full name
            "PERSON       | Novak       | unsure Q999000501 | Novak",              // only a sure link renames
            "PERSON       | Novak       | unlinked          | Novak",
            "PERSON       | Jana Novak  | linked Q999000501 | Jana Novak",         // a full name stays as the article has it
            "PERSON       | Novak       | linked Q999000503 | Novak",              // the item's name does not end in it
            "PERSON       | Novak       | linked Q999000599 | Novak",              // the item is not in the gazetteer
            "ORGANIZATION | Novak       | linked Q999000502 | Novak"})             // persons only
    void relabels(EntityType type, String label, String decision, String expected) {
        Entity e = LinkFixtures.entity("p1", type, label, Set.of(label), List.of(), Optional.empty(), List.of());
        Extraction ex = LinkFixtures.extraction("de", List.of(e));
        Map<EntityRef, LinkDecision> links = Map.of(e.ref(), decision(decision));

        Extraction.Linked linked = relabeller.relabel(ex, links);

        Entity out = linked.extraction().entities().getFirst();
        assertEquals(expected, out.label());
        assertEquals(links, linked.links());
        if (expected.equals(label)) assertSame(ex, linked.extraction(), "an extraction with nothing to rename is passed on as it is");
        else assertEquals(Set.of(label, expected), out.surfaceForms(), "the article's form stays an alternate name");
    }

    private static LinkDecision decision(String d) {
        String[] w = d.split(" ");
        return switch (w[0]) {
            case "linked" -> new LinkDecision.Linked(w[1], 1.0, "test");
            case "unsure" -> new LinkDecision.Unsure(List.of(new LinkDecision.Candidate(w[1], "Tomas Novak", 0.5)));
            default -> new LinkDecision.Unlinked("test");
        };
    }
}
