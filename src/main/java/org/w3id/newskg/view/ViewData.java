package org.w3id.newskg.view;

import java.util.List;

/**
 * What a page shows, as plain values that become the page's JSON data. Offsets are UTF-16 indexes into the
 * article text (what a browser's strings count), converted from the graph's code points by {@link GraphReader}.
 * A string the graph does not give is {@code null} (JSON null), a span it does not give too; lists are never null.
 */
public final class ViewData {
    private ViewData() {}

    /** One row of the index: an article and its counts. */
    public record ArticleSummary(String id, String headline, String lang, String date, long statements, long persons, long events) {}

    /** The index page. */
    public record Index(String kind, List<ArticleSummary> articles) {
        public Index(List<ArticleSummary> articles) { this("index", articles); }
    }

    /** The words of a speaker mention or a cue: [begin, end) in UTF-16 units, and the words. */
    public record Span(int begin, int end, String text) {}

    /** A statement: its words' span, who said it (a person's IRI), how and by which rule. */
    public record StatementView(String iri, int begin, int end, String text, String kind, String rule, String speaker,
                                String speakerLabel, String speakerQid, Span mention, Span cue, String channel, String about) {}

    /** An office: its title and what it is of ("Präsident", "Russland"). */
    public record Office(String title, String of) {}

    /** A person of the article: label, Wikidata QID, offices, countries, organisations, other names; key is the IRI's last part. */
    public record PersonView(String iri, String key, String label, String qid, List<Office> offices, List<String> countries,
                             List<String> organisations, List<String> names) {}

    /** A place of an event. */
    public record Place(String label, String qid) {}

    /** A participant of an event: the person, on whose side, whether head of a delegation, by which rule. */
    public record Participant(String person, String label, String side, boolean head, String rule) {}

    /** An event with places, time, duration, format and participants. */
    public record EventView(String iri, String label, String type, String start, String duration, String format,
                            List<Place> places, List<Participant> participants) {}

    /** The article header and text. */
    public record ArticleHead(String id, String iri, String headline, String lang, String url, String date, String text) {}

    /** The article page. {@code standalone}: a file without a server (no links to other pages). */
    public record ArticlePage(String kind, boolean standalone, ArticleHead article, List<StatementView> statements,
                              List<PersonView> persons, List<EventView> events) {
        public ArticlePage(boolean standalone, ArticleHead article, List<StatementView> statements, List<PersonView> persons, List<EventView> events) {
            this("article", standalone, article, statements, persons, events);
        }
    }

    /** A statement of a person, for the person page. */
    public record Said(String iri, String text, String kind) {}

    /** A named event of a person, for the person page. */
    public record Took(String iri, String label) {}

    /** One article in which a person appears. */
    public record Appearance(String id, String headline, List<Said> statements, List<Took> events) {}

    /** The person page: one person across articles. */
    public record PersonPage(String kind, String iri, String key, String label, String qid, List<Appearance> articles) {
        public PersonPage(String iri, String key, String label, String qid, List<Appearance> articles) {
            this("person", iri, key, label, qid, articles);
        }
    }
}
