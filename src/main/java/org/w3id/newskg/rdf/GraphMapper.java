package org.w3id.newskg.rdf;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.LinkDecision;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.Participant;
import org.w3id.newskg.model.Role;
import org.w3id.newskg.model.Statement;

/**
 * Writes one article's extraction as quads of its own named graph ({@link Iris#graph}), in the shape of the
 * graph contract: the article with its text, persons, organisations, countries and places with their names
 * and roles, statements with speaker, kind, offsets, speaker mention and cue, events with places, actors
 * and sides, and the graph's PROV-O record. Offsets are converted from UTF-16 to code points here.
 *
 * {@snippet :
 * GraphMapper mapper = GraphMapper.create().clock(clock).build();
 * mapper.write(linkedExtraction, streamRdf);        // or mapper.toDataset(linkedExtraction)
 * }
 */
public final class GraphMapper {
    private final Clock clock;
    private final String version;

    private GraphMapper(Builder b) {
        this.clock = b.clock;
        this.version = b.version;
    }

    public static Builder create() { return new Builder(); }

    public DatasetGraph toDataset(Extraction.Linked linked) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        write(linked, org.apache.jena.riot.system.StreamRDFLib.dataset(dsg));
        return dsg;
    }

    /** Writes the quads of the article's graph to the sink (without start()/finish(): the caller owns the sink). */
    public void write(Extraction.Linked linked, StreamRDF sink) {
        new Writer(linked, sink).write();
    }

    /** The name of the graph an article's quads go to. */
    public static Node graphName(Article article) { return Iris.graph(article.id()); }

    private final class Writer {
        private final Extraction ex;
        private final Map<EntityRef, LinkDecision> links;
        private final StreamRDF out;
        private final Article article;
        private final Node graph;
        private final Node articleNode;
        private final CodePoints cp;
        private final Map<EntityRef, Node> entityNodes = new HashMap<>();
        /** The label written for each entity node: two entities of one article may be one node (the same QID). */
        private final Map<Node, String> labels = new HashMap<>();
        private final Set<Node> spansWritten = new HashSet<>();

        Writer(Extraction.Linked linked, StreamRDF out) {
            this.ex = linked.extraction();
            this.links = linked.links();
            this.out = out;
            this.article = ex.article();
            this.graph = Iris.graph(article.id());
            this.articleNode = Iris.article(article.id());
            this.cp = new CodePoints(article.text());
        }

        void write() {
            writeArticle();
            for (Entity e : ex.entities()) entityNodes.put(e.ref(), entityNode(e));
            for (Entity e : ex.entities()) writeEntity(e);
            for (Event e : ex.events()) writeEvent(e);
            for (Statement s : ex.statements()) writeStatement(s);
        }

        private void writeArticle() {
            add(articleNode, RDF.type.asNode(), Schema.NewsArticle);
            add(articleNode, RDF.type.asNode(), Nif.Context);
            add(articleNode, Schema.identifier, lit(article.id().value()));
            add(articleNode, Schema.inLanguage, lit(article.lang()));
            add(articleNode, Nif.isString, lit(article.text()));
            add(articleNode, Schema.sha256, lit(article.contentHash()));   // the same text under two names: one hash
            add(articleNode, Nif.beginIndex, nonNeg(0));
            add(articleNode, Nif.endIndex, nonNeg(cp.of(article.text().length())));
            article.meta().url().ifPresent(u -> add(articleNode, Schema.url, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
            article.meta().headline().ifPresent(h -> add(articleNode, Schema.headline, lit(h)));
            article.meta().datePublished().ifPresent(d -> add(articleNode, Schema.datePublished, date(d)));
            Instant now = clock.instant();
            Node activity = NodeFactory.createURI(graph.getURI() + "#extraction");
            Node agent = Iris.agent();
            add(graph, RDF.type.asNode(), Nkg.ArticleGraph);
            add(graph, RDF.type.asNode(), Prov.Entity);
            add(graph, Prov.wasDerivedFrom, articleNode);
            add(graph, Prov.wasGeneratedBy, activity);
            add(graph, Prov.generatedAtTime, NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
            add(activity, RDF.type.asNode(), Prov.Activity);
            add(activity, Prov.used, articleNode);
            add(activity, Prov.wasAssociatedWith, agent);
            add(activity, Prov.endedAtTime, NodeFactory.createLiteralDT(now.toString(), XSDDatatype.XSDdateTime));
            add(agent, RDF.type.asNode(), Prov.SoftwareAgent);
            add(agent, RDFS.label.asNode(), lit("newskg " + version));
        }

        private Node entityNode(Entity e) {
            String kind = switch (e.type()) {
                case PERSON -> "person";
                case ORGANIZATION -> "org";
                case COUNTRY -> "country";
                case PLACE -> "place";
            };
            LinkDecision d = links.get(e.ref());
            String key = d instanceof LinkDecision.Linked l ? l.qid() : Iris.key(e.label());
            return Iris.entity(kind, key);
        }

        private void writeEntity(Entity e) {
            Node n = entityNodes.get(e.ref());
            Node type = switch (e.type()) {
                case PERSON -> Schema.Person;
                case ORGANIZATION -> Schema.Organization;
                case COUNTRY -> Schema.Country;
                case PLACE -> Schema.Place;
            };
            add(n, RDF.type.asNode(), type);
            if (e.type() == EntityType.COUNTRY) add(n, RDF.type.asNode(), Schema.Place);
            String label = labels.computeIfAbsent(n, x -> e.label());   // one label a node: the first entity's
            add(n, RDFS.label.asNode(), lit(label));
            add(n, Nkg.article, articleNode);
            for (String form : e.surfaceForms()) if (!form.equals(label)) add(n, Schema.alternateName, lit(form));
            for (Mention m : e.mentions()) {
                Node mn = span(m.span());
                add(n, Nkg.mention, mn);
                add(mn, Nkg.refersTo, n);
            }
            int i = 0;
            for (Role r : e.roles()) {
                add(n, Schema.jobTitle, lit(r.title()));
                Node role = Iris.role(article.id(), Iris.key(e.label()), i++);
                add(n, Nkg.role, role);
                add(role, RDF.type.asNode(), Nkg.Role);
                add(role, Nkg.roleTitle, lit(r.title()));
                r.affiliation().map(entityNodes::get).ifPresent(o -> add(role, Nkg.roleOf, o));
                add(role, Nkg.mention, span(r.evidence()));
            }
            e.country().map(entityNodes::get).ifPresent(c -> add(n, Schema.nationality, c));
            for (EntityRef m : e.memberOf()) Optional.ofNullable(entityNodes.get(m)).ifPresent(o -> add(n, Schema.memberOf, o));
            LinkDecision d = links.get(e.ref());
            if (d instanceof LinkDecision.Linked l) {
                add(n, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/" + l.qid()));
                add(n, Nkg.linkEvidence, lit(l.evidence()));
            } else if (d instanceof LinkDecision.Unsure u) {
                int c = 0;
                for (LinkDecision.Candidate cand : u.candidates()) {
                    Node cn = NodeFactory.createURI(n.getURI() + "/candidate/" + article.id().value() + "/" + c++);
                    add(n, Nkg.linkCandidate, cn);
                    add(cn, RDF.type.asNode(), Nkg.LinkCandidate);
                    add(cn, Nkg.candidate, NodeFactory.createURI("http://www.wikidata.org/entity/" + cand.qid()));
                    add(cn, Nkg.score, NodeFactory.createLiteralDT(Double.toString(cand.score()), XSDDatatype.XSDdouble));
                }
            }
        }

        private void writeEvent(Event e) {
            int idx = Integer.parseInt(e.ref().value().replaceAll("\\D", "0"));
            Node n = Iris.event(article.id(), idx);
            add(n, RDF.type.asNode(), Sem.Event);
            add(n, RDF.type.asNode(), Schema.Event);
            add(n, RDFS.label.asNode(), lit(e.label()));
            add(n, Nkg.eventType, lit(e.type()));
            add(n, Nkg.article, articleNode);
            for (CharSpan m : e.mentions()) add(n, Nkg.mention, span(m));
            for (EntityRef p : e.places()) Optional.ofNullable(entityNodes.get(p)).ifPresent(pn -> add(n, Sem.hasPlace, pn));
            e.startDate().ifPresent(d -> add(n, Schema.startDate, date(d)));
            e.duration().ifPresent(d -> add(n, Schema.duration, NodeFactory.createLiteralDT(iso(d), XSDDatatype.XSDduration)));
            e.format().ifPresent(f -> add(n, Nkg.format, lit(f)));
            int i = 0;
            for (Participant p : e.actors()) {
                Node pn = entityNodes.get(p.person());
                if (pn == null) continue;
                add(n, Sem.hasActor, pn);
                Node part = Iris.participation(article.id(), idx, i++);
                add(n, Nkg.participation, part);
                add(part, RDF.type.asNode(), Nkg.Participation);
                add(part, Nkg.participant, pn);
                add(part, Nkg.rule, lit(p.rule()));
                p.side().map(entityNodes::get).ifPresent(s -> add(part, Nkg.side, s));
                if (p.head()) add(part, Nkg.headOfDelegation, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
        }

        private void writeStatement(Statement s) {
            Node n = Iris.statement(article.id(), s.index());
            add(n, RDF.type.asNode(), Schema.Quotation);
            add(n, Schema.text, lit(s.words().in(article.text())));
            add(n, Nkg.kind, s.kind() == Statement.Kind.DIRECT_QUOTE ? Nkg.DirectQuote : Nkg.ReportedSpeech);
            add(n, Nif.beginIndex, nonNeg(cp.of(s.words().begin())));
            add(n, Nif.endIndex, nonNeg(cp.of(s.words().end())));
            add(n, Nif.referenceContext, articleNode);
            add(n, Schema.isPartOf, articleNode);
            add(n, Nkg.rule, lit(s.rule()));
            ex.text().sentenceAt(s.words().begin()).ifPresent(sent -> {
                Node sn = span(sent.span());
                add(sn, RDF.type.asNode(), Nif.Sentence);
                add(n, Nif.sentence, sn);
            });
            s.speaker().map(entityNodes::get).ifPresent(p -> add(n, Prov.wasAttributedTo, p));
            s.source().map(entityNodes::get).ifPresent(o -> add(n, Nkg.source, o));
            s.speakerSpan().ifPresent(sp -> add(n, Nkg.speakerMention, span(sp)));
            s.cue().ifPresent(c -> add(n, Nkg.cue, span(c)));
            s.channel().ifPresent(c -> {
                Node cn = Iris.channel(c);
                add(n, Nkg.channel, cn);
                add(cn, RDF.type.asNode(), Nkg.Channel);
                add(cn, RDFS.label.asNode(), lit(c));
            });
            s.about().ifPresent(ev -> add(n, Schema.about, Iris.event(article.id(), Integer.parseInt(ev.value().replaceAll("\\D", "0")))));
        }

        /** A NIF phrase node for a span of the text, written once. */
        private Node span(CharSpan span) {
            int b = cp.of(span.begin()), e = cp.of(span.end());
            Node n = Iris.span(article.id(), b, e);
            if (spansWritten.add(n)) {
                add(n, RDF.type.asNode(), Nif.Phrase);
                add(n, RDF.type.asNode(), Nif.RFC5147String);
                add(n, Nif.anchorOf, lit(span.in(article.text())));
                add(n, Nif.beginIndex, nonNeg(b));
                add(n, Nif.endIndex, nonNeg(e));
                add(n, Nif.referenceContext, articleNode);
            }
            return n;
        }

        private void add(Node s, Node p, Node o) { out.quad(Quad.create(graph, s, p, o)); }
    }

    private static Node lit(String s) { return NodeFactory.createLiteralString(s); }

    private static Node nonNeg(int v) { return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDnonNegativeInteger); }

    /** xsd:date for a plain date, xsd:dateTime for a date-time, a plain literal for anything else. */
    private static Node date(String d) {
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) return NodeFactory.createLiteralDT(d, XSDDatatype.XSDdate);
        if (d.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})")) {
            String full = d.matches(".*T\\d{2}:\\d{2}(Z|[+-].*)") ? d.replaceFirst("(T\\d{2}:\\d{2})", "$1:00") : d;
            return NodeFactory.createLiteralDT(full, XSDDatatype.XSDdateTime);
        }
        return lit(d);
    }

    /** ISO 8601 duration as xsd:duration wants it: "PT2H45M", "P1D". */
    static String iso(Duration d) {
        long days = d.toDays();
        Duration rest = d.minusDays(days);
        StringBuilder sb = new StringBuilder("P");
        if (days > 0) sb.append(days).append('D');
        if (!rest.isZero()) {
            sb.append('T');
            if (rest.toHours() > 0) sb.append(rest.toHours()).append('H');
            if (rest.toMinutesPart() > 0) sb.append(rest.toMinutesPart()).append('M');
            if (rest.toSecondsPart() > 0) sb.append(rest.toSecondsPart()).append('S');
        }
        return sb.length() == 1 ? "PT0S" : sb.toString();
    }

    /** UTF-16 offsets to code points, in constant time after one pass. */
    static final class CodePoints {
        private final int[] prefix;   // null when the text has no surrogate pairs

        CodePoints(String text) {
            boolean surrogates = false;
            for (int i = 0; i < text.length() && !surrogates; i++) surrogates = Character.isSurrogate(text.charAt(i));
            if (!surrogates) { prefix = null; return; }
            prefix = new int[text.length() + 1];
            int count = 0;
            for (int i = 0; i < text.length(); i++) {
                prefix[i] = count;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) count++;
            }
            prefix[text.length()] = count;
        }

        int of(int utf16) { return prefix == null ? utf16 : prefix[utf16]; }
    }

    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private String version = "0.1.0";

        /** The clock for the PROV times; tests fix it. */
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public Builder version(String version) { this.version = version; return this; }

        public GraphMapper build() { return new GraphMapper(this); }
    }
}
