package org.w3id.newskg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;

/**
 * Invented news articles in German and English, assembled from templates and word lists, for benchmarks of
 * any size. Each article has a headline line, then paragraphs with direct quotations (every quoting
 * convention of the language, sometimes nested), reported speech (Konjunktiv I in German), persons with
 * titles introduced by full name and taken up by surname or pronoun, and an event with a place, a date and a
 * duration. The same seed and index always give the same article; articles alternate German and English.
 * Every name and sentence is made up for this generator.
 *
 * {@snippet :
 * CorpusGenerator corpus = CorpusGenerator.create().seed(42).build();
 * Article a = corpus.article(0);                        // German; article(1) is English
 * corpus.writeJsonl(Path.of("corpus.jsonl"), 10_000);   // streamed, one article per line
 * }
 */
public final class CorpusGenerator {
    private final long seed;
    private final double germanShare;

    private CorpusGenerator(Builder b) {
        this.seed = b.seed;
        this.germanShare = b.germanShare;
    }

    public static Builder create() { return new Builder(); }

    /** The n-th article (from 0); its id is {@code bench-<seed>-<n>}. */
    public Article article(int n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        boolean german = germanShare >= 1 || germanShare > 0 && (germanShare == 0.5 ? n % 2 == 0 : r.nextDouble() < germanShare);
        Lang l = german ? DE : EN;
        String id = "bench-" + seed + "-" + n;
        String text = new Writer(l, r).article();
        String date = "2025-%02d-%02d".formatted(1 + r.nextInt(12), 1 + r.nextInt(28));
        return new Article(ArticleId.slug(id), german ? "de" : "en", text,
                new ArticleMeta(id, Optional.of("https://news.example.org/" + id), Optional.empty(), Optional.of(date)));
    }

    /** The first {@code count} articles. */
    public List<Article> articles(int count) {
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(article(i));
        return out;
    }

    /** Writes the first {@code count} articles as JSON Lines with {@code id}, {@code lang}, {@code text}, {@code url}, {@code date}. */
    public void writeJsonl(Path file, int count) {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Article a = article(i);
                ObjectNode o = json.createObjectNode();
                o.put("id", a.id().value());
                o.put("lang", a.lang());
                o.put("url", a.meta().url().orElseThrow());
                o.put("date", a.meta().datePublished().orElseThrow());
                o.put("text", a.text());
                w.write(json.writeValueAsString(o));
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write corpus (" + e.getMessage() + ")", e);
        }
    }

    // ------------------------------------------------------------------ word lists and templates

    /** The word lists and templates of one language. Slots: {FULL} {SUR} {PRON} {TITLE} {CITY} {COUNTRY} {EVENT} {DAY} {HOURS} {CLAIM} {CLAIMK} {TOPIC} {CHANNEL} {Q} {/Q} {q} {/q}. */
    private record Lang(String[] titlesM, String[] titlesF, String[] cities, String[] countries, String[] events,
                        String[] days, String[] claims, String[] reported, String[] topics, String[] channels,
                        String[][] marks, String[] intro, String[] quoteAfter, String[] quoteBefore, String[] report,
                        String[] filler, String[] headlines, String[] pronM, String[] pronF, String[] hours) {}

    private static final String[] FIRST_M = {"Tom", "Hans", "Peter", "Jonas", "Markus", "Thomas", "David", "James", "Igor", "Pavel", "Lukas", "Daniel"};
    private static final String[] FIRST_F = {"Jana", "Anna", "Lena", "Maria", "Sabine", "Claudia", "Emily", "Sarah", "Olga", "Nina", "Laura", "Eva"};
    private static final String[] SURNAMES = {"Beispiel", "Novak", "Kühn", "Brandtner", "Lindqvist", "Okafor", "Petrenko", "Moreau",
            "Castell", "Hollister", "Varga", "Sommerfeld", "Adlerkamp", "Wendtland", "Ferreira", "Halvorsen", "Quast", "Rydell"};

    private static final Lang DE = new Lang(
            new String[] {"Außenminister", "Bundeskanzler", "Präsident", "Regierungssprecher", "Bürgermeister", "Senator", "Verteidigungsminister"},
            new String[] {"Außenministerin", "Bundeskanzlerin", "Präsidentin", "Regierungssprecherin", "Bürgermeisterin", "Innenministerin"},
            new String[] {"Graz", "Tampere", "Lübeck", "Brügge", "Porto", "Aarhus", "Kaunas", "Trient", "Lausanne", "Gdingen"},
            new String[] {"Österreich", "Finnland", "Portugal", "Dänemark", "Litauen", "Italien", "Schweiz", "Polen"},
            new String[] {"Gipfel", "Treffen", "Gespräch", "Konferenz", "Besuch", "Verhandlungen"},
            new String[] {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"},
            new String[] {"Wir sind zu weiteren Gesprächen bereit", "Die Lage ist ernst, aber nicht hoffnungslos",
                    "Niemand hat ein Interesse an einer Eskalation", "Das war ein guter Tag für die Region",
                    "Wir werden die Vereinbarung Punkt für Punkt prüfen", "Ohne Vertrauen kommt man hier nicht weiter",
                    "Die Häfen müssen offen bleiben", "Wir lassen uns nicht unter Druck setzen",
                    "Es gibt noch viel zu tun, aber der Anfang ist gemacht", "Die Bürger erwarten zu Recht Ergebnisse"},
            new String[] {"die Gespräche seien konstruktiv gewesen", "man habe sich auf einen Zeitplan geeinigt",
                    "die Regierung werde die Hilfen verlängern", "es gebe noch keine Einigung über die Grenzen",
                    "das Treffen sei ein erster Schritt", "die Verhandlungen könnten bis zum Winter dauern",
                    "man müsse die Versorgung der Städte sichern", "eine Lösung sei nur gemeinsam möglich"},
            new String[] {"die Energiepreise", "den Hafenausbau", "die Fischereirechte", "den Schutz der Wälder", "die Bahnverbindung"},
            new String[] {"auf Telegram", "in einem Interview", "auf einer Pressekonferenz", "auf X"},
            new String[][] {{"„", "“"}, {"»", "«"}, {"„", "”"}},
            new String[] {"{TITLE} {FULL} traf am {DAY} in {CITY} ein.", "{FULL}, {TITLE} aus {COUNTRY}, leitete die Delegation.",
                    "Zu dem {EVENT} in {CITY} reiste auch {TITLE} {FULL}."},
            new String[] {"{Q}{CLAIM}{/Q}, sagte {SUR} nach dem {EVENT}.", "{Q}{CLAIM}{/Q}, betonte {PRON} {CHANNEL}.",
                    "{Q}{CLAIM}. {CLAIM}{/Q}, erklärte {SUR}."},
            new String[] {"{SUR} sagte: {Q}{CLAIM}{/Q}", "{PRON} schrieb {CHANNEL}: {Q}{CLAIM}{/Q}",
                    "Der {TITLE} meinte: {Q}{CLAIM}, {q}{TOPIC}{/q} inklusive{/Q}"},
            new String[] {"{SUR} sagte, {CLAIMK}.", "{PRON} betonte, {CLAIMK}.", "Laut {SUR} ging es vor allem um {TOPIC}.",
                    "{TITLE} {SUR} erklärte {CHANNEL}, {CLAIMK}.", "Nach Angaben von {SUR} ging es vor allem um {TOPIC}."},
            new String[] {"Der {EVENT} in {CITY} dauerte {HOURS}.", "Am {DAY} wurde über {TOPIC} gesprochen.",
                    "Beobachter rechnen mit einer schwierigen Runde.", "Die Delegationen saßen bis in den Abend zusammen.",
                    "In {CITY} regnete es den ganzen Tag.", "Ein Abschlussdokument gab es zunächst nicht."},
            new String[] {"{EVENT} in {CITY}: Delegationen ringen um {TOPIC}", "{SUR} nach {EVENT} in {CITY} zuversichtlich"},
            new String[] {"Er"}, new String[] {"Sie"},
            new String[] {"zwei Stunden und 45 Minuten", "drei Stunden", "gut vier Stunden", "90 Minuten"});

    private static final Lang EN = new Lang(
            new String[] {"Foreign Minister", "Prime Minister", "President", "Mayor", "Senator", "Defence Secretary"},
            new String[] {"Foreign Minister", "Prime Minister", "President", "Mayor", "Senator", "Home Secretary"},
            new String[] {"Tampere", "Porto", "Aarhus", "Kaunas", "Lausanne", "Bergen", "Galway", "Leeds", "Halifax"},
            new String[] {"Finland", "Portugal", "Denmark", "Lithuania", "Ireland", "Norway", "Canada"},
            new String[] {"summit", "meeting", "talks", "conference", "visit"},
            new String[] {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
            new String[] {"We are ready for further talks", "The situation is serious but not hopeless",
                    "Nobody has an interest in escalation", "This was a good day for the region",
                    "We will check the agreement line by line", "Without trust you get nowhere here",
                    "The ports have to stay open", "We will not be rushed", "There is a lot left to do, but we have made a start",
                    "People rightly expect results"},
            new String[] {"the talks had been constructive", "both sides had agreed on a timetable",
                    "the government would extend the support", "there was no agreement on the borders yet",
                    "the meeting was a first step", "the negotiations could last until winter",
                    "the supply of the cities had to be secured", "a solution was only possible together"},
            new String[] {"energy prices", "the port expansion", "fishing rights", "forest protection", "the rail link"},
            new String[] {"on Telegram", "in an interview", "at a press conference", "on X"},
            new String[][] {{"“", "”"}, {"\"", "\""}, {"‘", "’"}},
            new String[] {"{TITLE} {FULL} arrived in {CITY} on {DAY}.", "{FULL}, the {TITLE} of {COUNTRY}, led the delegation.",
                    "{TITLE} {FULL} also travelled to the {EVENT} in {CITY}."},
            new String[] {"{Q}{CLAIM},{/Q} {SUR} said after the {EVENT}.", "{Q}{CLAIM},{/Q} {PRON} stressed {CHANNEL}.",
                    "{Q}{CLAIM}. {CLAIM},{/Q} {SUR} added."},
            new String[] {"{SUR} said: {Q}{CLAIM}.{/Q}", "{PRON} wrote {CHANNEL}: {Q}{CLAIM}.{/Q}",
                    "The {TITLE} told reporters: {Q}{CLAIM}, {q}{TOPIC}{/q} included.{/Q}"},
            new String[] {"{SUR} said {CLAIMK}.", "{PRON} stressed that {CLAIMK}.", "According to {SUR}, {CLAIMK}.",
                    "{TITLE} {SUR} said {CHANNEL} that {CLAIMK}.", "{SUR} warned that {CLAIMK}."},
            new String[] {"The {EVENT} in {CITY} lasted {HOURS}.", "On {DAY} the delegations discussed {TOPIC}.",
                    "Observers expect a difficult round.", "The delegations sat together until the evening.",
                    "It rained all day in {CITY}.", "There was no final document at first."},
            new String[] {"{EVENT} in {CITY}: delegations wrestle over {TOPIC}", "{SUR} upbeat after {EVENT} in {CITY}"},
            new String[] {"He"}, new String[] {"She"},
            new String[] {"two hours and 45 minutes", "three hours", "just over four hours", "90 minutes"});

    /** One article being written: its people and event, then paragraphs from the templates. */
    private static final class Writer {
        private final Lang l;
        private final SplittableRandom r;
        private final List<String[]> people = new ArrayList<>();   // first, surname, title, gender m/f
        private final String city, event, country;
        private String[] current;

        Writer(Lang l, SplittableRandom r) {
            this.l = l;
            this.r = r;
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) {
                boolean female = r.nextBoolean();
                String first = pick(female ? FIRST_F : FIRST_M);
                String sur = SURNAMES[(r.nextInt(SURNAMES.length) + i * 7) % SURNAMES.length];
                if (people.stream().anyMatch(p -> p[1].equals(sur))) continue;
                people.add(new String[] {first, sur, pick(female ? l.titlesF() : l.titlesM()), female ? "f" : "m"});
            }
            city = pick(l.cities());
            event = pick(l.events());
            country = pick(l.countries());
        }

        String article() {
            StringBuilder sb = new StringBuilder();
            current = people.getFirst();
            sb.append(fill(pick(l.headlines()))).append("\n\n");
            int paragraphs = 6 + r.nextInt(9);
            int introduced = 0;
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder para = new StringBuilder();
                int sentences = 1 + r.nextInt(3);
                for (int s = 0; s < sentences; s++) {
                    String template;
                    if (introduced < people.size() && (p == 0 || r.nextInt(3) == 0)) {
                        current = people.get(introduced++);
                        template = pick(l.intro());
                    } else {
                        current = people.get(r.nextInt(Math.max(1, introduced)));
                        template = switch (r.nextInt(5)) {
                            case 0 -> pick(l.quoteAfter());
                            case 1 -> pick(l.quoteBefore());
                            case 2, 3 -> pick(l.report());
                            default -> pick(l.filler());
                        };
                    }
                    if (!para.isEmpty()) para.append(' ');
                    para.append(fill(template));
                }
                sb.append(para).append("\n\n");
            }
            return sb.toString().strip() + "\n";
        }

        private String fill(String t) {
            String[] marks = l.marks()[r.nextInt(l.marks().length)];
            String[] inner = l == DE ? new String[] {"‚", "‘"} : marks[0].equals("‘") ? new String[] {"“", "”"} : new String[] {"‘", "’"};
            return t.replace("{FULL}", current[0] + " " + current[1])
                    .replace("{SUR}", current[1])
                    .replace("{PRON}", current[3].equals("f") ? pick(l.pronF()) : pick(l.pronM()))
                    .replace("{TITLE}", current[2])
                    .replace("{CITY}", city)
                    .replace("{COUNTRY}", country)
                    .replace("{EVENT}", event)
                    .replace("{DAY}", pick(l.days()))
                    .replace("{HOURS}", pick(l.hours()))
                    .replace("{CLAIMK}", pick(l.reported()))
                    .replace("{CLAIM}", pick(l.claims()))
                    .replace("{TOPIC}", pick(l.topics()))
                    .replace("{CHANNEL}", pick(l.channels()))
                    .replace("{Q}", marks[0]).replace("{/Q}", marks[1])
                    .replace("{q}", inner[0]).replace("{/q}", inner[1]);
        }

        private String pick(String[] a) { return a[r.nextInt(a.length)]; }
    }

    public static final class Builder {
        private long seed = 1;
        private double germanShare = 0.5;

        /** The seed; the same seed gives the same corpus. Default 1. */
        public Builder seed(long seed) { this.seed = seed; return this; }

        /** The share of German articles, 0 to 1. Default 0.5: even indices German, odd English. */
        public Builder germanShare(double share) {
            if (share < 0 || share > 1) throw new IllegalArgumentException("german share must be within 0..1, not " + share);
            this.germanShare = share;
            return this;
        }

        public CorpusGenerator build() { return new CorpusGenerator(this); }
    }
}
