package org.w3id.newskg.pipeline;

import java.time.Clock;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newskg.extract.Gazetteer;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.coref.Coreference;
import org.w3id.newskg.extract.event.EventFinder;
import org.w3id.newskg.extract.mention.MentionFinder;
import org.w3id.newskg.extract.mention.Mentions;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.extract.person.PersonResolver;
import org.w3id.newskg.extract.statement.StatementFinder;
import org.w3id.newskg.link.GazetteerLinker;
import org.w3id.newskg.link.Linker;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.nlp.Annotator;
import org.w3id.newskg.rdf.GraphMapper;

/**
 * The stages in order, for one article at a time; thread-safe (stages keep no per-document state).
 *
 * {@snippet :
 * Pipeline p = Pipeline.create().build();
 * DatasetGraph graph = p.toDataset(article);      // the article's named graph
 * }
 */
public final class Pipeline {
    private final Annotator nlp;
    private final Gazetteer gazetteer;
    private final Linker linker;
    private final GraphMapper mapper;

    private Pipeline(Builder b) {
        this.nlp = b.nlp;
        this.gazetteer = Gazetteer.shipped();
        this.linker = b.linker != null ? b.linker : new GazetteerLinker(gazetteer);
        this.mapper = GraphMapper.create().clock(b.clock).build();
    }

    public static Builder create() { return new Builder(); }

    public Annotator annotator() { return nlp; }

    /** NLP and every extraction stage. */
    public Extraction extract(Article article) {
        AnnotatedText text = nlp.annotate(article);
        return extract(text);
    }

    /** Every extraction stage on an already annotated text (tests build one by hand). */
    public Extraction extract(AnnotatedText text) {
        Lexicon lex = Lexicon.of(text.lang());
        Mentions mentions = new MentionFinder(lex, gazetteer).find(text);
        People people = new PersonResolver(gazetteer).resolve(text, mentions);
        people = new Coreference().resolve(text, people, mentions);
        List<Event> events = new EventFinder(lex).find(text, people);
        List<Statement> said = new StatementFinder(lex).find(text, people, events);
        return new Extraction(text, people.entities(), said, events);
    }

    public Extraction.Linked link(Extraction extraction) {
        return new Extraction.Linked(extraction, linker.link(extraction));
    }

    /** The article's quads, to a sink the caller owns. */
    public void write(Article article, StreamRDF sink) {
        mapper.write(link(extract(article)), sink);
    }

    public DatasetGraph toDataset(Article article) {
        return mapper.toDataset(link(extract(article)));
    }

    public DatasetGraph toDataset(Extraction.Linked linked) { return mapper.toDataset(linked); }

    public static final class Builder {
        private Annotator nlp;
        private Linker linker;
        private Clock clock = Clock.systemUTC();

        /** Shares one annotator (its models) between pipelines. */
        public Builder annotator(Annotator nlp) { this.nlp = nlp; return this; }

        /** Default: the offline gazetteer linker. */
        public Builder linker(Linker linker) { this.linker = linker; return this; }

        /** The clock for PROV times; tests fix it. */
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        public Pipeline build() {
            if (nlp == null) nlp = new Annotator();
            return new Pipeline(this);
        }
    }
}
