package org.w3id.newskg.extract.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Participant;
import org.w3id.newskg.pipeline.Pipeline;
import org.w3id.newskg.pipeline.TestPipeline;

/** Events through the whole pipeline with the real models, on invented passages and on the example article. */
class EventsIT {
    private static final ArticleReader READER = ArticleReader.create().build();

    private static Extraction extract(String id, String lang, String text) {
        return TestPipeline.get().extract(READER.fromText(id, text, Optional.of(lang)));
    }

    private static String label(Extraction ex, EntityRef r) { return ex.entity(r).map(Entity::label).orElse(r.value()); }

    private static Set<String> actors(Extraction ex, Event e) {
        return e.actors().stream().map(p -> label(ex, p.person())).collect(Collectors.toSet());
    }

    private static Set<String> places(Extraction ex, Event e) {
        return e.places().stream().map(r -> label(ex, r)).collect(Collectors.toSet());
    }

    private static final String GIPFEL = """
            Gipfel in Rostock: Annäherung in der Fischereifrage

            ROSTOCK (dpa) – Die Gespräche zwischen der dänischen Ministerpräsidentin Karen Holm und ihrem schwedischen Amtskollegen Erik Lindgren im Rostocker Rathaus dauerten zwei Stunden und 20 Minuten. Die Verhandlungen fanden im Format „zwei gegen zwei“ statt: Auf dänischer Seite nahm Außenminister Lars Vestergaard teil, auf schwedischer Seite Handelsministerin Ingrid Sandberg.

            „Wir haben viel erreicht“, sagte Holm nach dem Treffen vor Journalisten.

            Der Oppositionspolitiker Henrik Dahl, der an dem Gipfel nicht teilnahm, kritisierte die Ergebnisse. Die frühere Ministerin Birgit Aalund lobte das Treffen als „wichtigen Schritt“.

            Das nächste Treffen ist für den 14. Oktober in Malmö geplant.
            """;

    @Test
    void aSummitWithTwoDelegationsAndAPlannedFollowUp() {
        Extraction ex = extract("gipfel", "de", GIPFEL);
        assertEquals(2, ex.events().size(), () -> ex.events().toString());
        Event summit = ex.events().getFirst();
        assertEquals(Set.of("Karen Holm", "Erik Lindgren", "Lars Vestergaard", "Ingrid Sandberg"), actors(ex, summit));
        assertTrue(places(ex, summit).contains("Rostock"), () -> places(ex, summit).toString());
        assertEquals(Optional.of(Duration.ofMinutes(140)), summit.duration());
        assertEquals(Optional.of("zwei gegen zwei"), summit.format());
        Map<String, String> sides = summit.actors().stream().filter(p -> p.side().isPresent())
                .collect(Collectors.toMap(p -> label(ex, p.person()), p -> label(ex, p.side().get())));
        assertEquals(Map.of("Karen Holm", "Dänemark", "Lars Vestergaard", "Dänemark", "Erik Lindgren", "Schweden", "Ingrid Sandberg", "Schweden"), sides);
        assertEquals(Set.of("Karen Holm", "Erik Lindgren"),
                summit.actors().stream().filter(Participant::head).map(p -> label(ex, p.person())).collect(Collectors.toSet()));
        Event next = ex.events().get(1);
        assertEquals(Set.of("Malmö"), places(ex, next));
        assertTrue(next.actors().isEmpty());
    }

    private static final String TALKS = """
            Ministers agree on river pact after talks in Lyon

            By Sarah Whitmore

            LYON, France - Environment ministers from four countries agreed on Thursday to protect the upper Rhône, at the end of a two-day conference in Lyon.

            The host, France's environment minister Claire Duval, said the deal was "a first step". Switzerland's delegation was led by its environment secretary, Thomas Keller, who told reporters the talks had been difficult.

            On Wednesday evening Duval held a one-on-one meeting with Keller at the Hôtel de Ville.

            Green campaigner Paul Renard, who did not attend the conference, called the agreement weak.
            """;

    @Test
    void hostsDelegationsAndASideMeetingButNeitherTheAuthorNorACritic() {
        Extraction ex = extract("talks", "en", TALKS);
        Set<String> all = ex.events().stream().flatMap(e -> actors(ex, e).stream()).collect(Collectors.toSet());
        assertTrue(all.containsAll(Set.of("Claire Duval", "Thomas Keller")), all::toString);
        assertTrue(!all.contains("Paul Renard") && !all.contains("Sarah Whitmore"), all::toString);
        Event conference = ex.events().getFirst();
        assertEquals(Set.of("Lyon"), places(ex, conference));
        assertEquals(Optional.of(Duration.ofDays(2)), conference.duration());
        Event side = ex.events().stream().filter(e -> e.format().isPresent()).findFirst().orElseThrow();
        assertEquals(Optional.of("one-on-one"), side.format());
        assertEquals(Set.of("Hôtel de Ville"), places(ex, side));
    }

    @Test
    void theExampleSummitKeepsItsPlaceDurationFormatAndSixParticipantsOnTwoSides() throws Exception {
        String text = Files.readString(Path.of("data/articles/alaska-summit-reactions.de.txt"));
        Extraction ex = extract("example", "de", text);
        List<Event> withActors = ex.events().stream().filter(e -> !e.actors().isEmpty()).toList();
        assertEquals(1, withActors.size(), () -> ex.events().toString());
        Event summit = withActors.getFirst();
        assertEquals(6, summit.actors().size());
        assertEquals(2, summit.actors().stream().map(Participant::side).filter(Optional::isPresent).map(Optional::get).distinct().count());
        assertTrue(summit.actors().stream().allMatch(p -> p.side().isPresent()));
        assertEquals(Optional.of(Duration.ofMinutes(165)), summit.duration());
        assertTrue(summit.format().isPresent());
        assertEquals(2, summit.places().size());
    }

    @Test
    void aPipelineWithoutAnEventRuleRecordsNoParticipationOfIt() {
        Extraction all = extract("gipfel", "de", GIPFEL);
        assertTrue(all.events().getFirst().actors().stream().anyMatch(p -> p.rule().equals("participation-verb")), () -> all.events().toString());
        Pipeline without = Pipeline.create().annotator(TestPipeline.get().annotator()).clock(TestPipeline.CLOCK).without(Set.of("participation-verb")).build();
        Extraction ex = without.extract(READER.fromText("gipfel", GIPFEL, Optional.of("de")));
        assertTrue(ex.events().stream().flatMap(e -> e.actors().stream()).noneMatch(p -> p.rule().equals("participation-verb")), () -> ex.events().toString());
        assertTrue(Pipeline.ruleNames().containsAll(Set.of("participation-verb", "event-place", "told", "that-clause")), Pipeline.ruleNames()::toString);
    }

    /** An interview's speaker labels after a line of colons once crashed the credit check (":" split into nothing). */
    @Test
    void speakerLabelsAfterALineOfColonsAreReadWithoutFailing() {
        Extraction ex = extract("colons", "de", "Wie wahrscheinlich ist ein Treffen?\n:\n:\nT. Novak: Sehr unwahrscheinlich.\n: Jana Beispiel: Ich bin Professorin.");
        org.junit.jupiter.api.Assertions.assertTrue(ex.persons().stream().anyMatch(p -> p.label().equals("Jana Beispiel")), ex.persons().toString());
    }
}
