package org.w3id.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.Offices;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;

/**
 * The linker's golden cases ({@code src/test/resources/link-golden/cases/*.tsv}): entities built by hand, as the
 * extraction would give them, against the shipped gazetteer, an invented one, or both; each row states the
 * decision expected. Format: see the first case file; a {@code date} row gives the article's datePublished (else
 * today is {@link #TODAY}). Issues 6 and 13.
 */
class LinkGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/link-golden");
    /** "Today" for articles without a date, fixed so that the cases do not change as the sources age. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);

    @TestFactory
    List<DynamicTest> goldenCases() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN.resolve("cases"))) {
            return files.sorted().map(f -> dynamicTest(f.getFileName().toString(), () -> run(f))).toList();
        }
    }

    static Gazetteer invented() throws IOException {
        try (InputStream in = Files.newInputStream(GOLDEN.resolve("invented-gazetteer.tsv"))) {
            return Gazetteer.read(in);
        }
    }

    static Gazetteer gazetteer(String which) throws IOException {
        return switch (which) {
            case "shipped" -> Gazetteer.shipped();
            case "invented" -> invented();
            case "both" -> {
                List<Gazetteer.Item> all = new ArrayList<>(Gazetteer.shipped().items());
                all.addAll(invented().items());
                yield Gazetteer.of(all);
            }
            default -> throw new IllegalArgumentException("unknown gazetteer " + which);
        };
    }

    private static void run(Path file) throws IOException {
        String gaz = "shipped";
        String lang = "de";
        Optional<String> date = Optional.empty();
        Entities b = new Entities();
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t", -1);
            switch (c[0]) {
                case "gazetteer" -> gaz = c[1];
                case "lang" -> lang = c[1];
                case "date" -> date = Optional.of(c[1]);
                default -> {
                    assertEquals(8, c.length, () -> file + ": 8 columns expected in " + line);
                    b.add(c[0], EntityType.valueOf(c[1]), c[2], list(c[3]), list(c[4]), opt(c[5]), list(c[6]));
                    expected.put(c[0], c[7]);
                }
            }
        }
        Extraction ex = b.extraction(lang, date);
        Map<EntityRef, LinkDecision> links = new GazetteerLinker(gazetteer(gaz), Offices.shipped(), TODAY).link(ex);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> e : expected.entrySet()) {
            LinkDecision d = links.get(new EntityRef(e.getKey()));
            if (!matches(e.getValue(), d)) failures.add(e.getKey() + ": expected " + e.getValue() + ", got " + d);
        }
        assertTrue(failures.isEmpty(), () -> file.getFileName() + "\n" + String.join("\n", failures));
    }

    static boolean matches(String expected, LinkDecision d) {
        String[] w = expected.split(" ");
        return switch (w[0]) {
            case "unlinked" -> d instanceof LinkDecision.Unlinked;
            case "unsure" -> d instanceof LinkDecision.Unsure u
                    && new TreeSet<>(u.candidates().stream().map(LinkDecision.Candidate::qid).toList())
                            .equals(new TreeSet<>(Arrays.asList(w).subList(1, w.length)));
            default -> d instanceof LinkDecision.Linked l && l.qid().equals(w[0]) && evidenceComplete(l);
        };
    }

    /** Every Linked decision says which name matched and where its QID comes from. */
    static boolean evidenceComplete(LinkDecision.Linked l) {
        assertTrue(l.evidence().startsWith("name '"), l.evidence());
        assertTrue(l.evidence().contains("QID source: "), l.evidence());
        assertFalse(l.score() <= 0 || l.score() > 1, () -> "score " + l.score());
        return true;
    }

    private static List<String> list(String cell) {
        return cell.equals("-") ? List.of() : List.of(cell.split(";"));
    }

    private static Optional<String> opt(String cell) {
        return cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }

    /** Builds an extraction's entities by hand; countries and organisations named in rows become entities too. */
    static final class Entities {
        private final List<Entity> entities = new ArrayList<>();
        private final Map<String, EntityRef> things = new LinkedHashMap<>();

        Entities add(String ref, EntityType type, String label, List<String> forms, List<String> roles, Optional<String> country,
                     List<String> orgs) {
            Set<String> all = new java.util.LinkedHashSet<>(forms);
            all.add(label);
            Optional<EntityRef> c = country.map(x -> thing(EntityType.COUNTRY, x));
            List<EntityRef> member = orgs.stream().map(o -> thing(EntityType.ORGANIZATION, o)).toList();
            entities.add(LinkFixtures.entity(ref, type, label, all, roles, c, member));
            return this;
        }

        private EntityRef thing(EntityType type, String label) {
            return things.computeIfAbsent(type + "\t" + label, k -> {
                EntityRef r = new EntityRef("t" + (things.size() + 1));
                entities.add(LinkFixtures.entity(r.value(), type, label, Set.of(label), List.of(), Optional.empty(), List.of()));
                return r;
            });
        }

        Extraction extraction(String lang, Optional<String> datePublished) {
            return LinkFixtures.extraction(lang, entities, datePublished);
        }
    }
}
