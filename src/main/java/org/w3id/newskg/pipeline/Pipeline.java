package org.w3id.newskg.pipeline;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.coref.Coreference;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.doc.QuoteFinder;
import org.w3id.newskg.extract.event.EventFinder;
import org.w3id.newskg.extract.event.EventRules;
import org.w3id.newskg.extract.mention.MentionFinder;
import org.w3id.newskg.extract.mention.Mentions;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.extract.person.PersonResolver;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.extract.statement.StatementFinder;
import org.w3id.newskg.extract.statement.StatementRules;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.OfficeClasses;
import org.w3id.newskg.kb.OfficeTitles;
import org.w3id.newskg.kb.Offices;
import org.w3id.newskg.link.GazetteerLinker;
import org.w3id.newskg.link.Linker;
import org.w3id.newskg.link.PersonRelabeller;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.NewskgException;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.nlp.Annotator;
import org.w3id.newskg.rdf.GraphMapper;

/**
 * The stages in order, for one article at a time; thread-safe (stages keep no per-document state). Takes an
 * {@link Article} (or a text annotated by hand); gives its {@link Extraction}, the extraction with its link
 * decisions ({@link Extraction.Linked}), and the article's named graph, as quads to a sink or as a dataset.
 *
 * {@snippet :
 * Pipeline p = Pipeline.create().build();
 * DatasetGraph graph = p.toDataset(article);      // the article's named graph
 * }
 */
public final class Pipeline {
    private final Annotator nlp;
    private final Gazetteer gazetteer;
    private final OfficeTitles titles;
    private final Linker linker;
    private final PersonRelabeller relabeller;
    private final GraphMapper mapper;
    /** The clock whose day an article without a date speaks of (tests fix it). */
    private final Clock today;
    private final Set<String> without;
    private final StatementRules german, english;
    private final EventFinder germanEvents, englishEvents;

    private Pipeline(Builder b) {
        this.nlp = b.nlp;
        this.without = Set.copyOf(b.without);
        for (String n : without)
            if (!ruleNames().contains(n))
                throw new NewskgException("unknown rule '" + n + "' (known: " + String.join(", ", ruleNames()) + ")");
        this.german = StatementRules.german().without(without);
        this.english = StatementRules.english().without(without);
        this.gazetteer = Gazetteer.shipped();
        this.titles = new OfficeTitles(gazetteer, OfficeClasses.shipped(), Offices.shipped());
        this.germanEvents = new EventFinder(EventRules.german().without(without), Lexicon.of("de"), gazetteer);
        this.englishEvents = new EventFinder(EventRules.english().without(without), Lexicon.of("en"), gazetteer);
        this.linker = b.linker != null ? b.linker : new GazetteerLinker(gazetteer);
        this.relabeller = new PersonRelabeller(gazetteer);
        this.mapper = GraphMapper.create().clock(b.clock).build();
        this.today = b.clock;
    }

    public static Builder create() { return new Builder(); }

    public Annotator annotator() { return nlp; }

    private StatementRules statementRules(String lang) { return lang.equals("de") ? german : english; }

    private EventFinder eventFinder(String lang) { return lang.equals("de") ? germanEvents : englishEvents; }


    /** The names of every rule that {@link Builder#without} takes, statement and event rules, sorted. */
    public static java.util.Set<String> ruleNames() {
        java.util.Set<String> names = new java.util.TreeSet<>(StatementRules.german().names());
        names.addAll(StatementRules.english().names());
        names.addAll(EventRules.german().names());
        names.addAll(EventRules.english().names());
        return names;
    }

    /** NLP and every extraction stage. */
    public Extraction extract(Article article) {
        AnnotatedText text = nlp.annotate(article);
        return extract(text);
    }

    /** Every extraction stage on an already annotated text (tests build one by hand). */
    public Extraction extract(AnnotatedText text) {
        return extract(text, StageClock.NONE);
    }

    /** Where the time goes: each stage's name and nanoseconds, as the stages run (the benchmark's profile). */
    @FunctionalInterface
    public interface StageClock {
        StageClock NONE = (stage, nanos) -> { };

        void took(String stage, long nanos);
    }

    /** Every extraction stage, telling the clock how long each took. */
    public Extraction extract(AnnotatedText text, StageClock clock) {
        long t = System.nanoTime(), u;
        Lexicon lex = Lexicon.of(text.lang());
        Mentions mentions = new MentionFinder(lex, gazetteer).find(text);
        clock.took("mentions", (u = System.nanoTime()) - t);
        t = u;
        People people = new PersonResolver(gazetteer, w -> lex.firstName(w).isPresent()).resolve(text, mentions);
        clock.took("persons", (u = System.nanoTime()) - t);
        t = u;
        LocalDate day = Offices.dateOf(text.article().meta().datePublished(), LocalDate.now(today));
        people = new Coreference(w -> !lex.speechVerbs(w).isEmpty() || lex.isAttributionWord(w), lex::isIndefinite, gazetteer::sameCountry,
                        (a, b) -> titles.sameOffice(a, b, lex.lang()), (title, country) -> titles.holderKeys(title, country, day, lex.lang()),
                        s -> new QuoteFinder(lex.quoteMarks()).find(s).stream().map(Quote::content).toList())
                .possessives(lex::isPossessivePronoun)
                .resolve(text, people, mentions);
        clock.took("coref", (u = System.nanoTime()) - t);
        t = u;
        ArticleDoc doc = ArticleDoc.of(text, lex, people);
        EventFinder.Found found = eventFinder(lex.lang()).findAll(doc);
        people = found.people();
        List<Event> events = found.events();
        clock.took("events", (u = System.nanoTime()) - t);
        t = u;
        List<Statement> said = new StatementFinder(statementRules(lex.lang())).find(people == doc.people() ? doc : doc.with(people), events);
        clock.took("statements", System.nanoTime() - t);
        return new Extraction(text, people.entities(), said, events);
    }

    /**
     * Links, and gives a person whom the article names only by surname the full name of the Wikidata item the
     * linker is sure of ({@link PersonRelabeller}).
     */
    public Extraction.Linked link(Extraction extraction) {
        return relabeller.relabel(extraction, linker.link(extraction));
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
        private java.util.Set<String> without = java.util.Set.of();

        /** Shares one annotator (its models) between pipelines. */
        public Builder annotator(Annotator nlp) { this.nlp = nlp; return this; }

        /** Default: the offline gazetteer linker. */
        public Builder linker(Linker linker) { this.linker = linker; return this; }

        /** The clock for PROV times; tests fix it. */
        public Builder clock(Clock clock) { this.clock = clock; return this; }

        /** Runs without the named rules ({@code newskg explain --without RULE}); an unknown name fails in {@link #build()}. */
        public Builder without(java.util.Set<String> rules) { this.without = rules; return this; }

        public Pipeline build() {
            if (nlp == null) nlp = new Annotator();
            return new Pipeline(this);
        }
    }
}
