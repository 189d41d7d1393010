package org.w3id.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.LinkDecision;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.MentionKind;
import org.w3id.newskg.model.TokenRange;

class GraphMapperTest {
    @Test
    void durationsAsXsdDuration() {
        assertEquals("PT2H45M", GraphMapper.iso(Duration.ofMinutes(165)));
        assertEquals("P1DT2H", GraphMapper.iso(Duration.ofHours(26)));
        assertEquals("PT0S", GraphMapper.iso(Duration.ZERO));
    }

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        GraphMapper.CodePoints cp = new GraphMapper.CodePoints("a😀b");   // the emoji is two UTF-16 units
        assertEquals(0, cp.of(0));
        assertEquals(1, cp.of(1));
        assertEquals(2, cp.of(3));
        assertEquals(3, cp.of(4));
        assertEquals(2, new GraphMapper.CodePoints("ab").of(2));
    }

    @Test
    void keysFoldCaseDiacriticsAndPunctuation() {
        assertEquals("jana-kuehn", Iris.key("Jana Kühn"));
        assertEquals("jana-kuehn", Iris.key("Jana Kuehn"));
        assertEquals("strasse-1", Iris.key("Straße  1!"));
    }

    @Test
    void twoEntitiesLinkedToOneItemAreOneNodeWithOneLabel() {
        String text = "Die Nordallianz und die NA trafen sich.";
        Article article = new Article(ArticleId.slug("a"), "de", text, ArticleMeta.of("a"));
        Entity full = org("o1", "Nordallianz", new CharSpan(4, 15)), abbr = org("o2", "NA", new CharSpan(24, 26));
        Extraction ex = new Extraction(new AnnotatedText(article, List.of()), List.of(full, abbr), List.of(), List.of());
        LinkDecision same = new LinkDecision.Linked("Q1", 1.0, "test");
        DatasetGraph dsg = GraphMapper.create().build().toDataset(new Extraction.Linked(ex, Map.of(full.ref(), same, abbr.ref(), same)));
        Node node = Iris.entity("org", "Q1");
        assertEquals(List.of("Nordallianz"), dsg.stream(null, node, RDFS.label.asNode(), null).map(q -> q.getObject().getLiteralLexicalForm()).toList());
        assertEquals(1, dsg.stream(null, node, Schema.alternateName, null)
                .filter(q -> q.getObject().getLiteralLexicalForm().equals("NA")).count());
    }

    private static Entity org(String ref, String label, CharSpan at) {
        Mention m = new Mention(at, new TokenRange(0, 1), 0, MentionKind.NAME, "test");
        return new Entity(new EntityRef(ref), EntityType.ORGANIZATION, label, Set.of(label), List.of(m), Gender.UNKNOWN, List.of(), Optional.empty(), List.of());
    }
}
