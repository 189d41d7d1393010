package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.EventRef;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.model.Token;

/**
 * Finds the statements of one article: quotations first, then reported speech, then each statement's speaker
 * through ordered sieves, each filling only what is still open. Rule names go into the graph.
 *
 * <p>Reported speech, per speech verb of the lexicon (negated verbs skipped):
 * {@code that-clause} (dass/that), {@code zero-clause} (a clause without complementizer after the verb,
 * Konjunktiv in German), {@code preposed-clause} ("Die Lage sei ernst, sagte sie"), {@code infinitive}
 * ("rief dazu auf, …", "urged X to …", "accused X of …"); per sentence: {@code konjunktiv-chain} (a sentence in
 * Konjunktiv I, or II within a chain, continues the last speaker), {@code attribution-phrase} ("laut X",
 * "according to X"), {@code headline} ("Name: claim"), {@code next-sentence} ("… Das behauptet X.").
 *
 * <p>Speaker sieves for quotations: {@code verb-after-quote} ("…", sagte X), {@code verb-before-quote}
 * (X sagte: "…"), {@code colon-intro} (a sentence ending in a colon before the quotation, also in the
 * previous paragraph), {@code inside-reported} (a quoted fragment inside a reported clause), {@code
 * quote-run} (a quotation right after another continues its speaker). Pronouns and titles come resolved
 * from coreference. A group, organisation or unnamed source gives a statement without a speaker.
 */
public final class StatementFinder {
    private static final Set<String> NEGATIONS = Set.of("nicht", "nie", "niemals", "kein", "keine", "not", "never", "n't", "didn't", "did not");
    private static final Set<String> OF_WORDS = Set.of("von", "vom", "of", "aus");
    /** Relative pronouns that open a clause inside a noun phrase. */
    private static final Set<String> RELATIVES = Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen",
            "welcher", "welche", "welches", "who", "which", "whose", "whom");
    /** Tags of a word that can open a clause's subject (the part before a "+" of a fused tag). */
    private static final Set<String> SUBJECT_TAGS = Set.of("DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM");
    /** English conjunctions after which a verb is another clause's ("as reports swirl", "because it rained"). */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("as", "because", "while", "when", "if", "although");
    private static final Set<String> COMPLEMENTIZERS = Set.of("dass", "daß", "that", "ob", "whether", "wie", "warum", "weshalb", "how", "why", "what", "wann", "when", "wo", "where", "who", "wer");
    private final Lexicon lex;
    private final QuoteFinder quoteFinder = new QuoteFinder();

    public StatementFinder(Lexicon lex) { this.lex = lex; }

    /** A statement being built: its words, kind, how it was found and, once known, who said it. */
    private static final class Draft {
        CharSpan words;
        Statement.Kind kind;
        String rule;
        CharSpan cue;
        CharSpan speakerSpan;
        EntityRef speaker;
        EntityRef source;
        boolean anonymous;
        boolean attributed;
        String channel;

        Draft(CharSpan words, Statement.Kind kind, String rule) {
            this.words = words;
            this.kind = kind;
            this.rule = rule;
        }
    }

    public List<Statement> find(AnnotatedText text, People people, List<Event> events) {
        return new Run(text, people, events).find();
    }

    private final class Run {
        final AnnotatedText text;
        final String s;
        final People people;
        final List<Event> events;
        final List<Token> toks;
        final SourcePhrase phrase;
        List<Quote> quotes;
        final List<Draft> reported = new ArrayList<>();
        final List<Draft> direct = new ArrayList<>();
        final java.util.Map<Quote, Draft> probed = new java.util.HashMap<>();
        int probing;
        int[] lineBreaks;

        Run(AnnotatedText text, People people, List<Event> events) {
            this.text = text;
            this.s = text.text();
            this.people = people;
            this.events = events;
            this.toks = text.tokens();
            this.phrase = new SourcePhrase(text, lex);
        }

        List<Statement> find() {
            quotes = quoteFinder.find(s);
            for (Sentence sent : text.sentences()) reportedInSentence(sent);
            speakerBlocks();
            konjunktivChains();
            for (Quote q : quotes) quote(q);
            repeatedQuotes();
            List<Draft> all = new ArrayList<>(direct);
            for (Draft r : reported)
                if (direct.stream().noneMatch(d -> sameWords(d.words, r.words))) all.add(r);
            all.removeIf(d -> !d.attributed && d.speaker == null && !d.anonymous);
            for (Draft d : all)   // "Die Feuerwehr teilte mit, …": an unnamed source is still written down as the words that stand for it
                if (d.speakerSpan == null && d.speaker == null && d.cue != null)
                    text.firstTokenFrom(d.cue.begin()).flatMap(t -> phrase.subjectOf(t.index(), d.words)).ifPresent(sp -> d.speakerSpan = sp);
            namedLater(all);
            all.sort(Comparator.comparing(d -> d.words));
            List<Statement> out = new ArrayList<>();
            for (Draft d : all) {
                if (d.channel == null) d.channel = channel(d).orElse(null);
                out.add(new Statement(out.size(), d.kind, d.words, Optional.ofNullable(d.speakerSpan), Optional.ofNullable(d.speaker),
                        Optional.ofNullable(d.source), Optional.ofNullable(d.cue), Optional.ofNullable(d.channel), about(d), d.rule));
            }
            return out;
        }

        /**
         * A quotation whose words are said again further down (a headline or teaser quoting the text) is the words of
         * whoever says them there, unless a rule stronger than "the run of quotes goes on" gave it a speaker.
         */
        void repeatedQuotes() {
            java.util.Map<Draft, String> folded = new java.util.HashMap<>();
            for (Draft d : direct) folded.put(d, folded(d.words));
            for (Draft d : direct) {
                if (d.speaker != null && !d.rule.contains("quote-run") || d.rule.contains("inside-reported")) continue;   // the reported clause gave it its source
                String words = folded.get(d);
                if (words.length() < 12) continue;
                for (Draft later : direct)
                    if (later.words.begin() > d.words.end() && later.speaker != null && !later.rule.contains("quote-run")
                            && folded.get(later).contains(words)) {
                        d.speaker = later.speaker;
                        d.speakerSpan = later.speakerSpan;
                        d.cue = null;
                        d.attributed = true;
                        d.rule = d.rule.replace("+quote-run", "") + "+repeated";
                        break;
                    }
            }
        }

        /**
         * "A senior official said … The official, deputy minister Martin Lévesque, added …": an unnamed source with an
         * indefinite article is the person named in apposition to the same noun with a definite article within the next
         * two sentences (ANNOTATION.md: "a senior official" when the passage names that official).
         */
        void namedLater(List<Draft> all) {
            for (Draft d : all) {
                if (d.speaker != null || d.speakerSpan == null) continue;
                org.w3id.newskg.model.TokenRange sr = text.tokensWithin(d.speakerSpan);
                if (sr.end() - sr.begin() < 2 || !lex.isIndefinite(toks.get(sr.begin()).text())) continue;
                String head = nounStem(toks.get(sr.end() - 1).text());
                Sentence sent = text.sentenceOf(sr.begin());
                int last = Math.min(text.sentences().size() - 1, sent.index() + 2);
                int to = text.sentences().get(last).range().end();
                for (int i = sr.end(); i < to - 2 && d.speaker == null; i++) {
                    if (!nounStem(toks.get(i).text()).equals(head) || !toks.get(i + 1).text().equals(",") || !toks.get(i - 1).is("DET") && !toks.get(i - 1).is("ADJ")
                            || lex.isIndefinite(toks.get(i - 1).text())) continue;
                    CharSpan apposition = new CharSpan(toks.get(i + 1).span().end(), toks.get(Math.min(to - 1, i + 7)).span().end());
                    personRefsIn(apposition).stream().findFirst().ifPresent(r -> {
                        d.speaker = r.entity();
                        d.anonymous = false;
                        d.rule += "+named-later";
                    });
                }
            }
        }

        /** A noun without its inflection ending: "Beamter" and "Beamte", "official" and "officials" share one. */
        static String nounStem(String w) {
            return w.toLowerCase(Locale.ROOT).replaceAll("(en|er|e|n|r|s)$", "");
        }

        /** The words of a span in lower case, punctuation and spacing folded. */
        String folded(CharSpan span) {
            return span.in(s).toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
        }

        boolean sameWords(CharSpan a, CharSpan b) {
            return Math.abs(a.begin() - b.begin()) <= 1 && Math.abs(a.end() - b.end()) <= 1;
        }

        // ------------------------------------------------------------------ quotations

        void quote(Quote q) {
            // the reported clause around the quotation; of nested ones, the innermost clause of a named person:
            // "A source said he told C that the „…“" → his words (an organisation's inner clause keeps the outer speaker)
            List<Draft> hosts = reported.stream().filter(r -> r.words.covers(q.content()) && r.words.length() > q.content().length() + 3).toList();
            Optional<Draft> host = hosts.stream().filter(r -> r.speaker != null && !r.rule.contains("infinitive"))
                    .min(Comparator.comparingInt(r -> r.words.length())).or(() -> hosts.stream().findFirst());
            List<Token> inner = text.tokens(text.tokensWithin(q.content()));
            boolean clause = inner.stream().anyMatch(Token::isVerbal) && inner.size() >= 3;
            Draft d = new Draft(q.content(), Statement.Kind.DIRECT_QUOTE, "quote");
            if (host.isPresent() && !mentionedTerm(q)) {
                Draft h = host.get();
                copySpeaker(h, d, "inside-reported");
                nestedSpeaker(q, h).ifPresent(r -> { setSpeaker(d, r); d.rule = "quote+nested-speaker"; d.cue = null; });
                direct.add(d);
                return;
            }
            // the reported clause is exactly the quotation: keep it as direct only
            reported.stream().filter(r -> sameWords(r.words, q.content()) || q.content().covers(r.words) && r.words.length() * 10 > q.content().length() * 8)
                    .findFirst().ifPresent(r -> { copySpeaker(r, d, r.rule); reported.remove(r); });
            if (d.attributed) { direct.add(d); return; }
            int namingVerb = naming(q);
            if (namingVerb >= 0) {
                Optional<People.Ref> subject = nearestPersonBefore(namingVerb);
                Sentence ns = text.sentenceOf(namingVerb);
                boolean found = subject.isPresent();
                if (found) setSpeaker(d, subject.get());
                else found = subjectNear(namingVerb, new CharSpan(ns.span().begin(), q.marked().begin()), d, false);   // "Die Union kritisierte das als »…«"
                if (found) {
                    d.cue = toks.get(namingVerb).span();
                    d.rule = d.rule + "+naming";
                    direct.add(d);
                }
                return;
            }
            if (nameLike(inner)) return;
            if (!clause && inner.size() <= 4 && !attributeAround(q, d)) return;   // a name, a title, a scare quote
            if (!d.attributed) attributeAround(q, d);
            if (!d.attributed) colonIntro(q, d);
            if (!d.attributed) quoteRun(q, d);
            if (!d.attributed && !clause) return;
            direct.add(d);
        }

        /**
         * "Er sagte, dass Novak das Treffen „sehr gut“ bewertet habe": inside the reported clause another person rates or
         * calls something with the quoted words — they are that person's (ANNOTATION.md, nested speech).
         */
        Optional<People.Ref> nestedSpeaker(Quote q, Draft host) {
            int qb = text.firstTokenFrom(q.marked().begin()).map(Token::index).orElse(-1);
            int qe = text.firstTokenFrom(q.marked().end()).map(Token::index).orElse(toks.size());
            boolean rated = false;
            for (int i = Math.max(0, qb - 4); i < Math.min(toks.size(), qe + 3); i++) {
                if (i >= qb && i < qe) continue;
                String l = toks.get(i).lemma();
                if (toks.get(i).isVerbal() && Set.of("bewerten", "nennen", "bezeichnen", "rate", "call", "describe", "label").contains(l)
                        && host.words.covers(toks.get(i).span())) rated = true;
            }
            if (!rated) return Optional.empty();
            People.Ref best = null;
            for (People.Ref r : people.refs())
                if (host.words.covers(r.span()) && r.span().end() <= q.marked().begin() && isPerson(r) && !r.entity().equals(host.speaker)) best = r;
            return Optional.ofNullable(best);
        }

        /** „…“ after "Begriff", "sogenannte", "the term": a word mentioned, not said. */
        boolean mentionedTerm(Quote q) {
            int t = text.firstTokenFrom(q.marked().begin()).map(Token::index).orElse(0);
            for (int i = t - 1; i >= Math.max(0, t - 2); i--) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                if (Set.of("begriff", "wort", "sogenannte", "sogenannten", "so genannte", "term", "word", "so-called", "phrase", "slogan", "motto").contains(w)) return true;
            }
            return false;
        }

        void copySpeaker(Draft from, Draft to, String rule) {
            to.speaker = from.speaker;
            to.speakerSpan = from.speakerSpan;
            to.source = from.source;
            to.anonymous = from.anonymous;
            to.cue = from.cue;
            to.channel = from.channel;
            to.attributed = true;
            to.rule = to.rule + "+" + rule;
        }

        /**
         * "nannte das Treffen „…“", "sieht den Tag als „…“", "called it “…”": the index of a naming verb before the
         * quotation in its sentence (with "als"/"as" right before the quotation for verbs like sehen, werten), or -1.
         */
        int naming(Quote q) {
            int t = text.firstTokenFrom(q.marked().begin()).map(Token::index).orElse(-1);
            if (t <= 0) return -1;
            Sentence sent = text.sentenceOf(Math.max(0, t - 1));
            // the word that joins the quotation to the verb: "als „…“", "von einer „…“", "as "…"", "of a "…""
            String link = toks.get(t - 1).text().toLowerCase(Locale.ROOT);
            if (t >= 2 && (toks.get(t - 1).is("DET") || toks.get(t - 1).is("ADJ"))) {
                String w = toks.get(t - 2).text().toLowerCase(Locale.ROOT);
                if (Set.of("von", "vom", "of").contains(w)) link = w.equals("vom") ? "von" : w;
            }
            if (link.equals("vom")) link = "von";
            for (int i = t - 1; i >= Math.max(sent.range().begin(), t - 12); i--) {
                if (toks.get(i).text().equals(".")) break;
                if (!toks.get(i).isVerbal() && !nounAsVerb(i)) continue;
                String l = toks.get(i).lemma();
                if (lex.isNamingVerb(l, "direct") && i >= t - 6) return i;
                if (Set.of("als", "as", "von", "of").contains(link) && lex.isNamingVerb(l, link)) return i;
            }
            return -1;
        }

        /** Few words, all capitalised (articles and prepositions aside): a name or a title, not speech. */
        boolean nameLike(List<Token> inner) {
            if (inner.isEmpty() || inner.size() > 5) return false;
            return inner.stream().filter(t -> !(t.is("DET") || t.is("ADP") || t.isPunct())).allMatch(Token::isCapitalised)
                    && inner.stream().noneMatch(Token::isVerbal);
        }

        Optional<People.Ref> nearestPersonBefore(int v) {
            Sentence sent = text.sentenceOf(v);
            People.Ref best = null;
            for (People.Ref r : people.refs())
                if (r.span().begin() >= sent.span().begin() && r.span().end() <= toks.get(v).span().begin() && isPerson(r) && !insideQuote(r.span())) best = r;
            if (best == null)   // "Der Vorschlag sei gut, sagte sie" order: the subject may follow the verb
                for (People.Ref r : people.refs())
                    if (r.span().begin() > toks.get(v).span().end() && r.span().end() <= sent.span().end() && isPerson(r) && r.span().begin() - toks.get(v).span().end() < 3) return Optional.of(r);
            return Optional.ofNullable(best);
        }

        /** Speech verb after the quotation ("…", sagte X) or before it in the same sentence (X sagte: "…"). */
        boolean attributeAround(Quote q, Draft d) {
            int after = text.firstTokenFrom(q.marked().end()).map(Token::index).orElse(toks.size());
            Sentence sentAfter = after < toks.size() ? text.sentenceOf(after) : null;
            // "…", sagte X / "…," X said / "…" – so X
            if (sentAfter != null) {
                int i = after;
                while (i < toks.size() && i < after + 2 && (toks.get(i).isPunct() && !toks.get(i).text().equals("."))) i++;
                int limit = Math.min(sentAfter.range().end(), i + 12);
                for (int v = i; v < limit; v++) {
                    if (isQuoteMarkToken(toks.get(v)) || s.substring(q.marked().end(), toks.get(v).span().begin()).contains("\n")) break;
                    if (speechVerbAt(v) && !negated(v, sentAfter)) {
                        if (subjectNear(v, new CharSpan(toks.get(i).span().begin(), toks.get(Math.min(limit, sentAfter.range().end()) - 1).span().end()), d, true)) {
                            d.cue = toks.get(v).span();
                            d.rule = d.rule + "+verb-after-quote";
                            return true;
                        }
                    }
                    if (toks.get(v).text().equals(",") && v > i) break;
                }
                if (toks.size() > i && !s.substring(q.marked().end(), toks.get(i).span().begin()).contains("\n") && (toks.get(i).text().equalsIgnoreCase("so") || toks.get(i).text().equalsIgnoreCase("laut")) && i + 1 < sentAfter.range().end()) {
                    if (subjectNear(i, new CharSpan(toks.get(i).span().begin(), toks.get(Math.min(sentAfter.range().end(), i + 6) - 1).span().end()), d, true)) {
                        d.cue = toks.get(i).span();
                        d.rule = d.rule + "+so-after-quote";
                        return true;
                    }
                }
            }
            // X sagte: "…" / X sagte, "…" / X: "…" (same sentence, before the mark)
            int before = text.firstTokenFrom(q.marked().begin()).map(Token::index).orElse(0) - 1;
            if (before >= 0 && text.sentenceOf(before).span().covers(new CharSpan(q.marked().begin(), q.marked().begin()))) {
                Sentence sb = text.sentenceOf(before);
                for (int v = before; v >= sb.range().begin(); v--) {
                    if (isQuoteMarkToken(toks.get(v))) {   // another quotation of the sentence: the verb may stand before both ("X fügte hinzu: »…«, aber »…«")
                        Optional<Quote> other = quoteEndingAt(toks.get(v).span().end());
                        if (other.isEmpty()) break;
                        v = text.firstTokenFrom(other.get().marked().begin()).map(Token::index).orElse(sb.range().begin());
                        continue;
                    }
                    if (speechVerbAt(v) && !negated(v, sb)) {
                        if (subjectNear(v, new CharSpan(sb.span().begin(), toks.get(before).span().end()), d, false)) {
                            d.cue = toks.get(v).span();
                            d.rule = d.rule + "+verb-before-quote";
                            return true;
                        }
                    }
                }
                if (toks.get(before).text().equals(":")) {
                    Optional<People.Ref> r = people.refIn(new CharSpan(toks.get(Math.max(sb.range().begin(), before - 4)).span().begin(), toks.get(before).span().begin()));
                    if (r.isPresent() && isPerson(r.get())) {
                        setSpeaker(d, r.get());
                        d.rule = d.rule + "+name-colon";
                        return true;
                    }
                }
            }
            return false;
        }

        /** Quotations are in text order and do not overlap, so their ends are sorted too: binary search. */
        Optional<Quote> quoteEndingAt(int offset) {
            int lo = 0, hi = quotes.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1, end = quotes.get(mid).marked().end();
                if (end == offset) return Optional.of(quotes.get(mid));
                if (end < offset) lo = mid + 1; else hi = mid - 1;
            }
            return Optional.empty();
        }

        boolean isQuoteMarkToken(Token t) {
            return t.text().length() == 1 && "„“”»«\"‚‘’'".indexOf(t.text().charAt(0)) >= 0;
        }

        /** A sentence ending in a colon before the quotation, in the same or the previous paragraph. */
        void colonIntro(Quote q, Draft d) {
            int k = q.marked().begin() - 1;
            while (k >= 0 && Character.isWhitespace(s.charAt(k))) k--;
            if (k < 0 || s.charAt(k) != ':') return;
            Optional<Sentence> intro = text.sentenceAt(k);
            if (intro.isEmpty()) return;
            Sentence sent = intro.get();
            CharSpan window = new CharSpan(sent.span().begin(), k);
            int colonTok = text.firstTokenFrom(k).map(Token::index).orElse(-1);
            for (int i = colonTok - 1; i >= Math.max(sent.range().begin() + 1, colonTok - 5); i--) {
                if (toks.get(i).text().equalsIgnoreCase("so") && toks.get(i - 1).text().equals(",")) {
                    Optional<People.Ref> r = people.refIn(new CharSpan(toks.get(i).span().end(), k));
                    if (r.isPresent() && isPerson(r.get())) {
                        setSpeaker(d, r.get());
                        d.cue = toks.get(i).span();
                        d.rule = d.rule + "+so-colon";
                        return;
                    }
                }
            }
            for (int v = sent.range().end() - 1; v >= sent.range().begin(); v--) {
                if (speechVerbAt(v) && !negated(v, sent) && subjectNear(v, window, d, false)) {
                    d.cue = toks.get(v).span();
                    d.rule = d.rule + "+colon-intro";
                    return;
                }
            }
            // "…, so X:" or a sentence whose subject is a person: the person nearest the colon
            People.Ref last = null;
            for (People.Ref r : people.refs())
                if (window.covers(r.span()) && isPerson(r) && !insideQuote(r.span())) last = r;
            if (last != null) {
                setSpeaker(d, last);
                d.rule = d.rule + "+colon-intro-subject";
                return;
            }
            for (int v = sent.range().begin(); v < sent.range().end(); v++)
                if (speechVerbAt(v) && !negated(v, sent)) {
                    d.cue = toks.get(v).span();
                    d.anonymous = true;
                    d.attributed = true;
                    d.rule = d.rule + "+colon-intro-anonymous";
                    return;
                }
        }

        /** A quotation right after another one (same or next paragraph), with nothing attributed between. */
        void quoteRun(Quote q, Draft d) {
            Draft prev = lastBefore(q.marked().begin());
            if (prev == null || prev.speaker == null) return;
            String between = s.substring(Math.min(prev.words.end(), q.marked().begin()), q.marked().begin());
            if (between.length() > 400 || between.chars().filter(c -> c == '\n').count() > 2) return;
            // another person named between the two takes over the floor
            for (People.Ref r : people.refs())
                if (r.span().begin() >= prev.words.end() && r.span().end() <= q.marked().begin() && isPerson(r) && !r.entity().equals(prev.speaker)) return;
            copySpeaker(prev, d, "quote-run");
        }

        /** "Stadträtin Jana Beispiel (Grüne):" alone on a line, then her words unmarked on the next line. */
        void speakerBlocks() {
            for (Sentence sent : text.sentences()) {
                List<Token> st = sent.tokens();
                if (st.size() < 2 || st.size() > 16 || !st.getLast().text().equals(":")) continue;
                int lineEnd = s.indexOf('\n', sent.span().end());
                if (lineEnd < 0 || !s.substring(sent.span().end(), lineEnd).isBlank()) continue;
                if (st.stream().anyMatch(t -> t.is("VERB"))) continue;
                Optional<People.Ref> who = people.refs().stream().filter(r -> sent.span().covers(r.span()) && isPerson(r)).findFirst();
                if (who.isEmpty()) continue;
                int b = lineEnd;
                while (b < s.length() && Character.isWhitespace(s.charAt(b))) b++;
                int e = s.indexOf('\n', b);
                if (e < 0) e = s.length();
                while (e > b && Character.isWhitespace(s.charAt(e - 1))) e--;
                if (e - b < 10 || "„“\"»«‚‘'".indexOf(s.charAt(b)) >= 0) continue;
                Draft d = new Draft(new CharSpan(b, e), Statement.Kind.DIRECT_QUOTE, "speaker-block");
                setSpeaker(d, who.get());
                direct.add(d);
            }
        }

        // ------------------------------------------------------------------ reported speech

        void reportedInSentence(Sentence sent) {
            List<Token> st = sent.tokens();
            boolean found = false;
            for (int k = 0; k < st.size(); k++) {
                int v = st.get(k).index();
                if (insideQuote(toks.get(v).span()) || !speechVerbAt(v) || negated(v, sent)) continue;
                Optional<Lexicon.SpeechVerb> verb = verbAt(v);
                if (verb.isEmpty()) continue;
                final int vv = v;
                if ((verb.get().type().equals("thought") || verb.get().type().equals("opinion"))
                        && reported.stream().anyMatch(r -> r.words.covers(toks.get(vv).span()))) continue;
                Lexicon.SpeechVerb sv = verb.get();
                boolean infinitiveFirst = sv.takes("obj-inf") || sv.takes("inf") || sv.takes("obj-of");   // "urged the council to …"
                boolean complement = thatClause(sent, v, sv) || (infinitiveFirst
                        ? infinitive(sent, v, sv) || zeroClause(sent, v, sv)
                        : zeroClause(sent, v, sv) || infinitive(sent, v, sv));
                if (complement || preposed(sent, v)) found = true;
            }
            if (nounComplement(sent)) found = true;
            if (!found) found = wieClause(sent);
            if (!found) found = reportiveSollen(sent);
            if (!found) found = attributionPhrase(sent);
            if (!found) found = nachPhrase(sent);
            if (!found) headline(sent);
            nextSentence(sent);
        }

        /** Quotations are in text order and do not overlap: the last one starting at or before the span decides. */
        boolean insideQuote(CharSpan span) {
            int lo = 0, hi = quotes.size() - 1, found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (quotes.get(mid).content().begin() <= span.begin()) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return found >= 0 && quotes.get(found).content().covers(span);
        }

        Optional<Lexicon.SpeechVerb> verbAt(int v) {
            Token t = toks.get(v);
            List<Lexicon.SpeechVerb> vs = lex.speechVerbs(t.text());
            if (vs.isEmpty()) vs = lex.speechVerbs(t.lemma());
            Sentence sent = text.sentenceOf(v);
            // a separable verb whose particle is there wins over the plain verb: "forderte … auf" is auffordern, not fordern
            for (Lexicon.SpeechVerb sv : vs) {
                if (sv.particle().isEmpty()) continue;
                if (t.text().toLowerCase(Locale.ROOT).startsWith(sv.particle())) return Optional.of(sv);
                for (int i = v + 1; i < sent.range().end(); i++) if (toks.get(i).text().equalsIgnoreCase(sv.particle())) return Optional.of(sv);
                if (v > sent.range().begin() && toks.get(v - 1).text().equalsIgnoreCase(sv.particle())) return Optional.of(sv);   // "wie sie bekannt gab"
            }
            return vs.stream().filter(sv -> sv.particle().isEmpty()).findFirst();
        }

        boolean speechVerbAt(int v) {
            Token t = toks.get(v);
            if (!(t.isVerbal() || nounAsVerb(v) || t.is("ADJ") && (t.text().endsWith("ed") || finiteAtClauseEnd(v)))) return false;
            if (pluralNounAsVerb(v)) return false;
            return verbAt(v).isPresent();
        }

        /** "as reports swirl", "the claims": an English "-s" form right after a conjunction, preposition or article is a noun. */
        boolean pluralNounAsVerb(int v) {
            Token t = toks.get(v);
            if (!lex.lang().equals("en") || !t.text().endsWith("s") || v == 0) return false;
            Token p = toks.get(v - 1);
            return p.is("SCONJ") || p.is("ADP") || p.is("DET");
        }

        /**
         * "told Mexican radio that his government …": a "that" the tagger reads as a pronoun is a complementizer when a
         * noun phrase follows it and no verb comes right after ("the radio that broadcasts" is a relative clause).
         */
        boolean complementThat(int i, int end) {
            if (i == 0 || i + 2 >= end || !(toks.get(i - 1).is("NOUN") || toks.get(i - 1).isPropn() || toks.get(i - 1).is("PRON") || toks.get(i - 1).isVerbal() || toks.get(i - 1).is("ADV"))) return false;
            return subjectStart(toks.get(i + 1));
        }

        /** A word that can open a clause's subject: an article, pronoun, name, noun, adjective or number. */
        boolean subjectStart(Token t) {
            String tag = t.upos().split("\\+")[0];   // "Greenland's" is PROPN+PART
            return SUBJECT_TAGS.contains(tag) && !t.isVerbal();
        }

        /** "he says", "Novak spoke": an English verb after its subject that the tagger reads as a noun. */
        boolean nounAsVerb(int v) {
            return toks.get(v).is("NOUN") && lex.lang().equals("en") && v > 0 && (toks.get(v - 1).is("PRON") || toks.get(v - 1).isPropn());
        }

        /** "wie die Behörde mitteilte," tagged as an adjective: a finite form of the lexicon before a comma or the end. */
        boolean finiteAtClauseEnd(int v) {
            if (!lex.lang().equals("de") || lex.speechVerbs(toks.get(v).text()).isEmpty() || v + 1 >= toks.size()) return false;
            Token next = toks.get(v + 1);
            return next.isPunct() && !next.text().equals("-");
        }

        boolean negated(int v, Sentence sent) {
            for (int i = Math.max(sent.range().begin(), v - 2); i < Math.min(sent.range().end(), v + 3); i++)
                if (i != v && NEGATIONS.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) {
                    // "sagte er nicht" negates; "…, dass er nicht …" does not
                    boolean complementBetween = false;
                    for (int j = Math.min(i, v); j < Math.max(i, v); j++) if (COMPLEMENTIZERS.contains(toks.get(j).text().toLowerCase(Locale.ROOT)) || toks.get(j).text().equals(",")) complementBetween = true;
                    if (!complementBetween) return true;
                }
            return false;
        }

        /** betonte, dass …; said that …; was asked whether … */
        boolean thatClause(Sentence sent, int v, Lexicon.SpeechVerb verb) {
            int end = sent.range().end();
            for (int i = v + 1; i < Math.min(end, v + 15); i++) {   // "berichtete X dem Sender in einem Gespräch, dass"
                Token t = toks.get(i);
                String w = t.text().toLowerCase(Locale.ROOT);
                // an indirect question needs a verb that takes one ("fragte, ob"; not "as reports swirl as to whether")
                if (COMPLEMENTIZERS.contains(w) && (w.equals("dass") || w.equals("daß") || w.equals("that") && (!t.is("PRON") && !t.is("DET") || complementThat(i, end))
                        || (w.equals("ob") || w.equals("whether")) && verb.takes("wh") || verb.takes("wh") && i == v + 1)) {
                    if (w.equals("that") && i + 1 < end && (toks.get(i + 1).isPunct())) return false;
                    int b = i + 1;
                    if (b >= end) return false;
                    for (CharSpan part : clauseParts(b, end, sent)) addReported(part, v, sent, "that-clause");
                    return true;
                }
                // a verb ends the search, unless it is the particle of a multi-word verb ("ließ wissen, dass")
                if (t.is("VERB") && !t.text().equalsIgnoreCase(verb.particle()) || t.text().equals(".") || isQuoteMarkToken(t)) break;
            }
            return false;
        }

        /** The clause from token b to the sentence end, split at a second complementizer ("… but that …", "und dass"). */
        List<CharSpan> clauseParts(int b, int end, Sentence sent) {
            List<CharSpan> parts = new ArrayList<>();
            int start = b;
            for (int i = b + 2; i < end - 1; i++) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                String p = toks.get(i - 1).text().toLowerCase(Locale.ROOT);
                // "and that the decline …": a "that" the tagger reads as a pronoun opens a clause when a noun phrase follows
                boolean that = w.equals("that") && (!toks.get(i).is("PRON") || subjectStart(toks.get(i + 1)));
                if ((w.equals("dass") || that) && (p.equals("und") || p.equals("but") || p.equals("and") || p.equals("aber") || p.equals("sondern"))) {
                    parts.add(trimClause(start, i - 1, sent));
                    start = i + 1;
                }
            }
            parts.add(trimClause(start, end, sent));
            parts.removeIf(CharSpan::isEmpty);
            return parts;
        }

        /** Tokens [b, e) as a clause: without a trailing ", sagte X"/", so X", a colon tail, and final punctuation. */
        CharSpan trimClause(int b, int e, Sentence sent) {
            for (int i = b + 1; i < e; i++) {
                Token t = toks.get(i);
                if (t.text().equals(":") && !insideQuote(t.span()) && i == e - 1) { e = i; break; }
                if (t.text().equals(";") && !insideQuote(t.span())) { e = i; break; }   // a semicolon ends the clause
                if (t.text().equals(",") && introducesQuote(i + 1, e)) { e = i; break; }   // ", with one source saying: …"
                if (t.text().equals(",") && i + 2 < e && Set.of("und", "and", "aber", "but").contains(toks.get(i + 1).text().toLowerCase(Locale.ROOT))
                        && speechVerbAt(i + 2) && !insideQuote(toks.get(i + 2).span())) { e = i; break; }
                // "… and accused the council of …", "… and urged X to …": a second speech act of the same speaker
                // ("… was disappointed but believed a deal was possible": a verb of opinion goes on with the clause's subject)
                if (Set.of("and", "but").contains(t.text().toLowerCase(Locale.ROOT)) && i + 1 < e && speechVerbAt(i + 1) && toks.get(i + 1).is("VERB")
                        && !toks.get(i + 1).text().endsWith("ing") && !insideQuote(toks.get(i + 1).span()) && !opinionAt(i + 1)) { e = i; break; }
                if (t.text().equals(",") && i + 1 < e) {
                    int n = i + 1;
                    String w = toks.get(n).text().toLowerCase(Locale.ROOT);
                    if ((speechVerbAt(n) || w.equals("so")) && !insideQuote(toks.get(n).span()) && tailIsAttribution(n, e)) { e = i; break; }
                    if (n + 1 < e && toks.get(n).is("PRON") && speechVerbAt(n + 1) && tailIsAttribution(n + 1, e)) { e = i; break; }
                }
            }
            while (e > b && (toks.get(e - 1).isPunct() && !isClosingQuote(toks.get(e - 1)))) e--;
            if (e <= b) return new CharSpan(toks.get(b).span().begin(), toks.get(b).span().begin());
            return new CharSpan(toks.get(b).span().begin(), toks.get(e - 1).span().end());
        }

        /** A verb of opinion or thought ("believed", "meinte") rather than of saying. */
        boolean opinionAt(int i) {
            return verbAt(i).map(v -> v.type().equals("opinion") || v.type().equals("thought")).orElse(false);
        }

        /** From i a segment with a speech verb runs to a colon that opens a quotation. */
        boolean introducesQuote(int i, int e) {
            boolean verb = false;
            for (int k = i; k < e; k++) {
                Token t = toks.get(k);
                if (t.text().equals(",") || t.text().equals(".")) return false;
                if (t.text().equals(":")) return verb && k + 1 < toks.size() && isQuoteMarkToken(toks.get(k + 1));
                if (speechVerbAt(k)) verb = true;
            }
            return false;
        }

        boolean isClosingQuote(Token t) {
            return t.text().length() == 1 && "“”«»\"’'".indexOf(t.text().charAt(0)) >= 0 && insideOrEndsQuote(t);
        }

        boolean insideOrEndsQuote(Token t) {
            for (Quote q : quotes) if (q.marked().end() == t.span().end()) return true;
            return false;
        }

        /** From the verb (or "so") to the end there is no new clause: just a speaker and maybe a time or place. */
        boolean tailIsAttribution(int v, int e) {
            int i = v + 1;
            for (; i < e; i++) {
                Token t = toks.get(i);
                if (t.text().equals(",") || t.text().equals(":")) break;   // a relative clause or apposition may follow
                if (t.isVerbal() && !t.text().equalsIgnoreCase("hat") && !t.text().equalsIgnoreCase("has") && !(lex.speechVerb(t.text()).isPresent() && i == v + 1)) return false;
                if (COMPLEMENTIZERS.contains(t.text().toLowerCase(Locale.ROOT))) return false;
            }
            return i - v <= 20;
        }

        /** sagte X, die Lage sei ernst / said the deal was dead / said on Sunday it would … */
        boolean zeroClause(Sentence sent, int v, Lexicon.SpeechVerb verb) {
            if (!verb.takes("zero") && !verb.takes("that")) return false;
            int end = sent.range().end();
            int i = v + 1;
            if (lex.lang().equals("de")) {
                while (i < end && !toks.get(i).text().equals(",") && i < v + 8) {
                    if (isQuoteMarkToken(toks.get(i)) || toks.get(i).text().equals(":")) return false;
                    i++;
                }
                if (i >= end - 1 || !toks.get(i).text().equals(",")) return false;
                // a Konjunktiv in the verb's own clause: the verb is itself reported ("Russland habe seine Positionen
                // bestätigt, die USA hätten …"), a clause after it only when it is nested in a reported clause ("X sagte,
                // Novak habe erklärt, der Plan sei gut"); ", sagte Nagelsmann, sie sei …" opens a clause of its own
                int clauseStart = v;
                while (clauseStart > sent.range().begin() && !toks.get(clauseStart - 1).text().equals(",")) clauseStart--;
                if (hasKonjunktiv(clauseStart, v) && reported.stream().noneMatch(r -> r.words.covers(toks.get(v).span()))) return false;
                int b = i + 1;
                if (COMPLEMENTIZERS.contains(toks.get(b).text().toLowerCase(Locale.ROOT)) || isQuoteMarkToken(toks.get(b))) return false;
                if (toks.get(b).text().equalsIgnoreCase("zu") || toks.get(b).isVerbal()) return false;
                int clauseEnd = b;
                while (clauseEnd < end && !toks.get(clauseEnd).text().equals(",")) clauseEnd++;
                // "rief auf, X zu tun" is the infinitive rule's; "sie sei darauf ausgelegt, … zu können" is a clause
                if (hasZuInfinitive(b, end) && !hasKonjunktiv(b, clauseEnd)) return false;
                CharSpan part = trimClause(b, end, sent);
                if (!hasKonjunktiv(text.tokensWithin(part).begin(), text.tokensWithin(part).end()) && !verb.type().equals("opinion")) return false;
                addReported(part, v, sent, "zero-clause");
                return true;
            }
            // English: skip a speaker and adverbials up to a clause start: NP then a finite verb
            if (v > 0 && toks.get(v - 1).text().equalsIgnoreCase("to")) return false;
            if (i < end && (toks.get(i).text().equals(",") || toks.get(i).text().equals(":") || isQuoteMarkToken(toks.get(i)))) return false;
            if (i < end && (toks.get(i).text().equalsIgnoreCase("to") || toks.get(i).text().equalsIgnoreCase("of") || toks.get(i).text().equalsIgnoreCase("for"))) return false;
            int np = i;
            while (np < end && (toks.get(np).is("ADP") && np < v + 4 || toks.get(np).is("NOUN") && np == i + 1 && toks.get(i).is("ADP"))) np++;
            if (np >= end) return false;
            Token first = toks.get(np);
            if (first.upos().startsWith("PRON+AUX")) {   // "said it's time …" (the tagger also reads "its" so): subject and verb in one
                addReported(trimClause(np, end, sent), v, sent, "zero-clause");
                return true;
            }
            if (!subjectStart(first)) return false;
            if (first.is("PRON") && Set.of("him", "her", "them", "me", "us", "it").contains(first.text().toLowerCase(Locale.ROOT)) && !first.text().equalsIgnoreCase("it")) return false;
            for (int k = np + 1; k < Math.min(end, np + 12); k++) {
                Token t = toks.get(k);
                if (t.text().equals("(")) {
                    while (k < end - 1 && !toks.get(k).text().equals(")")) k++;
                    continue;
                }
                if (t.isVerbal() && toks.get(k - 1).is("CCONJ")) break;   // "reported a loss and said …": the main clause goes on
                // "feeling the pressure as reports swirl": the verb after a conjunction is another clause's
                if (t.is("SCONJ") || CLAUSE_CONJUNCTIONS.contains(t.text().toLowerCase(Locale.ROOT))) break;
                boolean compared = toks.get(k - 1).text().equalsIgnoreCase("than");   // "a smaller than expected loss"
                boolean infinitive = toks.get(k - 1).text().equalsIgnoreCase("to");   // "agreed on Sunday to restart …"
                if (t.is("AUX") || t.is("VERB") && !t.text().endsWith("ing") && !compared && !infinitive) {
                    CharSpan part = trimClause(np, end, sent);
                    addReported(part, v, sent, "zero-clause");
                    return true;
                }
                if (t.isPunct() && !(t.text().equals("-") && k > np && toks.get(k - 1).adjoins(t))) break;   // "run-off" is two tokens and a hyphen
            }
            return false;
        }


        boolean hasZuInfinitive(int b, int e) {
            for (int i = b; i < e - 1; i++) {
                if (toks.get(i).text().equals(",")) return false;
                if (toks.get(i).text().equals("zu") && toks.get(i + 1).isVerbal() || fusedZuInfinitive(toks.get(i))) return true;
            }
            return false;
        }

        /** "aufzustocken", "anzugreifen": a particle verb's zu-infinitive written as one word. */
        boolean fusedZuInfinitive(Token t) {
            String w = t.text().toLowerCase(Locale.ROOT);
            int zu = w.indexOf("zu", 2);
            return t.isVerbal() && zu > 0 && w.length() - zu > 5 && w.endsWith("en") && w.matches("\\p{L}+");
        }

        /** rief dazu auf, … zu …; forderte X auf, … zu …; urged X to …; accused X of …; called on X to … */
        boolean infinitive(Sentence sent, int v, Lexicon.SpeechVerb verb) {
            int end = sent.range().end();
            if (lex.lang().equals("en") && passive(v) && v + 1 < end && toks.get(v + 1).text().equalsIgnoreCase("to")) {
                Draft d = new Draft(trimClause(v + 1, end, sent), Statement.Kind.REPORTED_SPEECH, "passive-infinitive");
                if (d.words.isEmpty()) return false;
                d.cue = toks.get(v).span();
                d.anonymous = true;
                d.attributed = true;
                reported.add(d);
                return true;
            }
            if (!verb.takes("inf") && !verb.takes("obj-inf") && !verb.takes("obj-of")) return false;
            if (lex.lang().equals("de")) {
                int i = v + 1;
                while (i < end && i < v + 12 && !toks.get(i).text().equals(",")) i++;
                if (i >= end - 1) return false;
                int b = i + 1;
                if (isQuoteMarkToken(toks.get(b))) return false;
                // a zu-infinitive right after the comma, or later but not across a verb-final clause ("…zu, der Länder
                // unterstützen soll, sich … einzustellen")
                if (!hasZuInfinitive(b, end) && (!hasZuInfinitiveToEnd(b, end) || verbFinalClause(b, end))) return false;
                addReported(trimClause(b, end, sent), v, sent, "infinitive");
                return true;
            }
            for (int i = v + 1; i < Math.min(end, v + 10); i++) {
                String w = toks.get(i).text().toLowerCase(Locale.ROOT);
                if ((w.equals("to") && (verb.takes("obj-inf") || verb.takes("inf")) && i + 1 < end && (toks.get(i + 1).isVerbal() || toks.get(i + 1).text().equals("not")))
                        || (w.equals("not") && i + 1 < end && toks.get(i + 1).text().equals("to"))) {
                    if (i + 1 < end && isQuoteMarkToken(toks.get(i + 1))) return false;
                    addReported(trimClause(i, end, sent), v, sent, "infinitive");
                    return true;
                }
                if (w.equals("of") && verb.takes("obj-of") && i + 1 < end) {
                    addReported(trimClause(i + 1, end, sent), v, sent, "infinitive");
                    return true;
                }
                boolean participle = toks.get(i).text().endsWith("ing") && i + 1 < end && toks.get(i + 1).is("NOUN");   // "the ruling group"
                if (toks.get(i).isVerbal() && !participle || toks.get(i).text().equals(".")) break;
            }
            return false;
        }

        /** "was told by the minister": the agent of a passive speech verb is named. */
        boolean byAgent(int v, Sentence sent) {
            for (int i = v + 1; i < Math.min(sent.range().end(), v + 4); i++) if (toks.get(i).text().equalsIgnoreCase("by")) return true;
            return false;
        }

        /** "is said to", "were reported to": a form of be right before a participle. */
        boolean passive(int v) {
            return v > 0 && Set.of("is", "was", "are", "were", "been", "being", "be").contains(toks.get(v - 1).text().toLowerCase(Locale.ROOT));
        }

        /** The words from b to the next comma end in a verb: a subordinate or relative clause of its own. */
        boolean verbFinalClause(int b, int e) {
            int c = b;
            while (c < e && !toks.get(c).text().equals(",")) c++;
            return c > b + 1 && c < e && toks.get(c - 1).isVerbal() && !toks.get(c - 2).text().equalsIgnoreCase("zu");
        }

        boolean hasZuInfinitiveToEnd(int b, int e) {
            for (int i = b; i < e - 1; i++) if (toks.get(i).text().equals("zu") && toks.get(i + 1).isVerbal() || fusedZuInfinitive(toks.get(i))) return true;
            return false;
        }

        /**
         * "Der Minister X, der zum ersten Mal teilnahm, forderte …", "X, who led the talks, said": the words before the
         * comma end with a relative clause, so they are the verb's subject, not a statement.
         */
        boolean relativeClauseBefore(int b, int comma) {
            for (int i = comma - 1; i > b; i--)
                if (toks.get(i).text().equals(",")) {
                    if (!RELATIVES.contains(toks.get(i + 1).text().toLowerCase(Locale.ROOT)) || !(toks.get(i + 1).is("PRON") || toks.get(i + 1).is("DET"))) return false;
                    // … after a short noun phrase that names a person: "Der kanadische Handelsminister Owen Tremblay, der …"
                    return i - b <= 6 && !personRefsIn(new CharSpan(toks.get(b).span().begin(), toks.get(i).span().begin())).isEmpty();
                }
            return false;
        }

        /** Die Lage sei ernst, sagte sie. / The deal is dead, she said. */
        boolean preposed(Sentence sent, int v) {
            int b = sent.range().begin();
            int comma = -1;
            for (int i = v - 1; i > b && i >= v - 5; i--) if (toks.get(i).text().equals(",")) { comma = i; break; }
            if (comma < 0) return false;
            if (lex.lang().equals("en") && toks.get(v).text().endsWith("ing")) return false;   // ", signaling his return …" is no attribution
            if (!tailIsAttribution(v, sent.range().end())) return false;
            if (lex.lang().equals("de")) {
                if (v + 1 >= sent.range().end()) return false;
                Token next = toks.get(v + 1);
                boolean subject = next.is("DET") || next.is("PRON") || next.isPropn() || next.is("NOUN") || next.is("ADJ") || next.text().equalsIgnoreCase("so");
                if (!subject || comma + 1 != v) return false;
                CharSpan after = new CharSpan(toks.get(v).span().end(), toks.get(Math.min(sent.range().end() - 1, v + 5)).span().end());
                boolean someone = people.refs().stream().anyMatch(r -> after.covers(r.span()))
                        || text.tokens(text.tokensWithin(after)).stream().anyMatch(t -> lex.isGroupWord(t.text()) || lex.title(t.text()).isPresent());
                if (!someone) return false;
            } else if (comma + 1 == v && !(v + 1 < sent.range().end() && (toks.get(v + 1).isPropn() || toks.get(v + 1).is("DET") || toks.get(v + 1).is("PRON")))) {
                return false;
            } else if (comma + 1 == v && !toks.get(v).lemma().equals("say")) {
                return false;   // English puts the subject after the verb only with "said": ", told the plenary" has its subject before the comma
            }
            for (int i = comma + 1; i < v; i++) if (!(toks.get(i).is("PRON") || toks.get(i).is("PROPN") || toks.get(i).is("DET") || toks.get(i).is("NOUN") || toks.get(i).is("ADJ"))) return false;
            if (relativeClauseBefore(b, comma)) return false;
            CharSpan part = trimClause(b, comma, sent);
            if (part.isEmpty()) return false;
            for (Quote q : quotes) if (q.marked().covers(part) || q.content().covers(part) || part.covers(q.marked()) && q.marked().length() * 10 > part.length() * 7) return false;
            List<Token> pt = text.tokens(text.tokensWithin(part));
            if (pt.stream().noneMatch(Token::isVerbal) && pt.size() < 5) return false;
            // a part that holds a speech verb with its own clause is that verb's statement, not this one's
            for (Draft r : reported) if (part.covers(r.words) || r.cue != null && part.covers(r.cue)) return false;
            addReported(part, v, sent, "preposed-clause");
            return true;
        }

        boolean hasKonjunktiv(int b, int e) {
            for (int i = b; i < e; i++) {
                Token t = toks.get(i);
                if (insideQuote(t.span())) continue;
                if (lex.konjunktiv(t.text()).isPresent() && !lex.isKonjunktivAmbiguous(t.text()) && !t.is("NOUN") && !t.isPropn() && !t.is("DET") && !t.is("PRON")) return true;
                // an ambiguous K1 form ending in -e (könne is clear, "habe" beside "ich" is not); "wollte", "sollte" are K2/preterite
                if (lex.konjunktiv(t.text()).filter("k1"::equals).isPresent() && t.isVerbal() && t.text().endsWith("e") && noIch(i)) return true;
                if (konjunktivByForm(i)) return true;
            }
            return false;
        }

        /**
         * Konjunktiv I of a verb the lexicon does not list: a third-person form ending in -e where the indicative
         * ends in -t ("er gebe", "sie verlange"), i.e. the lemma minus its final n, without "ich" beside it.
         */
        boolean konjunktivByForm(int i) {
            Token t = toks.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!t.isVerbal() || !w.endsWith("e") || w.length() < 4) return false;
            // the lemmatizer may not know the verb and give the form back ("korrigiere"); "-te" is then a preterite
            boolean k1 = t.lemma().equals(w + "n") || t.lemma().equals(w) && t.is("VERB") && !w.endsWith("te");
            return k1 && noIch(i);
        }

        boolean noIch(int i) {
            for (int k = Math.max(0, i - 3); k < Math.min(toks.size(), i + 3); k++)
                if (toks.get(k).text().equalsIgnoreCase("ich")) return false;
            return true;
        }

        boolean hasKonjunktiv2(int b, int e) {
            for (int i = b; i < e; i++) {
                Token t = toks.get(i);
                if (lex.konjunktiv(t.text()).isPresent() && !lex.isKonjunktivAmbiguous(t.text()) && t.isVerbal() && !insideQuote(t.span())) return true;
            }
            return false;
        }

        /** Sentences in Konjunktiv continue the speaker of the reported speech just before them. */
        void konjunktivChains() {
            if (!lex.lang().equals("de")) return;
            for (Sentence sent : text.sentences()) {
                CharSpan whole = trimClause(sent.range().begin(), sent.range().end(), sent);
                if (whole.isEmpty() || covered(whole)) continue;
                // the Konjunktiv must stand in the words taken, not in a clause trimmed off ("X, der Y, teilte mit, dass … seien")
                org.w3id.newskg.model.TokenRange in = text.tokensWithin(whole);
                boolean k1 = hasKonjunktiv(in.begin(), in.end());
                boolean k2 = hasKonjunktiv2(in.begin(), in.end());
                if (!k1 && !k2) continue;
                Draft prev = lastBefore(sent.span().begin());
                int distance = prev == null ? 99 : distanceInSentences(prev.words.end(), sent.span().begin());
                boolean chain = prev != null && (k1 ? distance <= 2 : distance <= 1);
                if (!chain && !k1) continue;
                if (!k1 && conditional(sent)) continue;
                if (emotion(sent)) continue;
                // a trailing ", so X" / ", sagte X" names the speaker
                Draft d = new Draft(whole, Statement.Kind.REPORTED_SPEECH, "konjunktiv-chain");
                boolean own = false;
                for (int v = sent.range().begin(); v < sent.range().end(); v++) {
                    Token t = toks.get(v);
                    boolean afterComma = v > sent.range().begin() && toks.get(v - 1).text().equals(",");
                    if (afterComma && (speechVerbAt(v) || t.text().equalsIgnoreCase("so")) && tailIsAttribution(v, sent.range().end())
                            && subjectNear(v, new CharSpan(t.span().begin(), sent.span().end()), d, true)) {
                        d.cue = t.span();
                        own = true;
                        break;
                    }
                }
                if (!own) {
                    Optional<Draft> act = speechActBefore(sent);
                    if (act.isPresent() && k1 && (prev == null || prev.words.end() < text.sentences().get(sent.index() - 1).span().begin())) {
                        copySpeaker(act.get(), d, "after-speech-act");
                    } else {
                        if (!chain) continue;
                        copySpeaker(prev, d, "continues");
                    }
                    d.cue = null;
                }
                d.attributed = true;
                reported.add(d);
            }
        }

        /** "Falls …", "Wenn …", "Ob …": a conditional or question in Konjunktiv II is the narrator's. */
        boolean conditional(Sentence sent) {
            for (Token t : sent.tokens())
                if (Set.of("falls", "wenn", "ob", "sofern", "als").contains(t.text().toLowerCase(Locale.ROOT)) && t.is("SCONJ")) return true;
            return false;
        }

        /** "hatte befürchtet, …", "hofft, …": a verb of emotion or expectation, whose clause is no speech. */
        boolean emotion(Sentence sent) {
            for (Token t : sent.tokens())
                if (!insideQuote(t.span()) && t.isVerbal() && (lex.isEmotionVerb(t.lemma()) || lex.isEmotionVerb(t.text()))) return true;
            return false;
        }

        /**
         * The previous sentence has a speech verb with a person as its subject ("X unterstrich die Beschlüsse."), or
         * names a channel of speech with a person as the subject of its verb ("In seiner Rede reicht X der CDU die Hand.").
         */
        Optional<Draft> speechActBefore(Sentence sent) {
            if (sent.index() == 0) return Optional.empty();
            Sentence prev = text.sentences().get(sent.index() - 1);
            for (int v = prev.range().begin(); v < prev.range().end(); v++) {
                if (insideQuote(toks.get(v).span()) || !speechVerbAt(v) || negated(v, prev)) continue;
                Draft d = new Draft(prev.span(), Statement.Kind.REPORTED_SPEECH, "act");
                if (subjectNear(v, prev.span(), d, false) && d.speaker != null) {
                    d.cue = toks.get(v).span();
                    return Optional.of(d);
                }
            }
            if (channelIn(prev, null).isEmpty()) return Optional.empty();
            for (int v = prev.range().begin(); v < prev.range().end(); v++) {
                if (insideQuote(toks.get(v).span()) || !toks.get(v).is("VERB") || negated(v, prev)) continue;
                Draft d = new Draft(prev.span(), Statement.Kind.REPORTED_SPEECH, "act");
                return subjectNear(v, prev.span(), d, false) && d.speaker != null ? Optional.of(d) : Optional.empty();
            }
            return Optional.empty();
        }

        int distanceInSentences(int from, int to) {
            int a = text.sentenceAt(Math.max(0, from - 1)).map(Sentence::index).orElse(0);
            int b = text.sentenceAt(to).map(Sentence::index).orElse(a);
            return b - a;
        }

        Draft lastBefore(int offset) {
            Draft best = null;
            for (Draft d : reported) if (d.words.begin() < offset && (best == null || d.words.begin() > best.words.begin())) best = d;
            for (Draft d : direct) if (d.words.begin() < offset && (best == null || d.words.begin() > best.words.begin())) best = d;
            for (int i = quotes.size() - 1; i >= 0; i--) {   // the latest attributed quotation before the offset
                Quote q = quotes.get(i);
                if (q.content().end() >= offset) continue;
                if (best != null && q.content().begin() <= best.words.begin()) break;
                Draft tmp = probed.computeIfAbsent(q, this::probe);
                if (tmp.attributed) { best = tmp; break; }
            }
            return best != null && (best.attributed || best.speaker != null || best.anonymous) ? best : null;
        }

        /** A quotation's speaker by the sieves around it alone, computed once; no pronoun continuation (it asks this). */
        Draft probe(Quote q) {
            Draft tmp = new Draft(q.content(), Statement.Kind.DIRECT_QUOTE, "quote");
            probing++;
            try {
                if (!attributeAround(q, tmp)) colonIntro(q, tmp);
            } finally {
                probing--;
            }
            return tmp;
        }

        boolean covered(CharSpan span) {
            for (Draft d : reported) if (d.words.overlaps(span)) return true;
            for (Quote q : quotes) if (q.marked().covers(span) || span.covers(q.marked()) && q.marked().length() * 10 > span.length() * 8) return true;
            return false;
        }

        /**
         * "Der Minister soll die Akten vernichtet haben": reportive sollen with a perfect or passive infinitive passes on
         * what someone claims; taken only when a statement of the same source stands in this or the previous sentence.
         */
        boolean reportiveSollen(Sentence sent) {
            if (!lex.lang().equals("de")) return false;
            List<Token> st = sent.tokens();
            boolean soll = false, perfect = false;
            for (int k = 0; k < st.size(); k++) {
                Token t = st.get(k);
                if (insideQuote(t.span())) continue;
                String w = t.text().toLowerCase(Locale.ROOT);
                if ((w.equals("soll") || w.equals("sollen")) && t.isVerbal()) soll = true;
                if (soll && (w.equals("haben") || w.equals("sein")) && k > 0 && st.get(k - 1).isVerbal() && !st.get(k - 1).text().equalsIgnoreCase("soll")) perfect = true;
            }
            if (!soll || !perfect) return false;
            Draft prev = lastBefore(sent.span().begin());
            if (prev == null || distanceInSentences(prev.words.end(), sent.span().begin()) > 1) return false;
            CharSpan words = trimClause(sent.range().begin(), sent.range().end(), sent);
            if (words.isEmpty() || covered(words)) return false;
            Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "reportive-sollen");
            copySpeaker(prev, d, "continues");
            d.cue = null;
            reported.add(d);
            return true;
        }

        /** "Wie die Ministerin mitteilte, …", "As the minister said, …": a speech verb in a leading wie/as clause. */
        boolean wieClause(Sentence sent) {
            List<Token> st = sent.tokens();
            for (int k = 2; k < st.size() - 2; k++) {   // "…, wie das Unternehmen mitteilte."
                if (!st.get(k).text().equals(",") || !st.get(k + 1).text().equalsIgnoreCase("wie") && !st.get(k + 1).text().equalsIgnoreCase("as")) continue;
                int v = -1;
                for (int i = st.get(k + 1).index() + 1; i < sent.range().end(); i++) {
                    if (toks.get(i).text().equals(",")) break;
                    if (speechVerbAt(i)) v = i;
                }
                if (v < 0 || !tailIsAttribution(v, sent.range().end()) && v != sent.range().end() - 2) continue;
                CharSpan words = trimClause(sent.range().begin(), st.get(k).index(), sent);
                if (words.isEmpty() || covered(words)) return false;
                Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "wie-clause");
                d.cue = toks.get(v).span();
                subjectNear(v, new CharSpan(st.get(k).span().end(), sent.span().end()), d, false);
                d.attributed = true;
                reported.add(d);
                return true;
            }
            if (st.size() < 5 || !Set.of("wie", "as").contains(st.getFirst().text().toLowerCase(Locale.ROOT))) return false;
            for (int k = 1; k < Math.min(st.size() - 2, 12); k++) {
                if (!st.get(k).text().equals(",")) continue;
                for (int v = st.getFirst().index() + 1; v < st.get(k).index(); v++) {
                    if (!speechVerbAt(v) || negated(v, sent)) continue;
                    CharSpan words = trimClause(st.get(k).index() + 1, sent.range().end(), sent);
                    if (words.isEmpty() || covered(words)) return false;
                    Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "wie-clause");
                    d.cue = toks.get(v).span();
                    if (!subjectNear(v, new CharSpan(sent.span().begin(), st.get(k).span().begin()), d, false)) {
                        int np = phrase.nounPhraseEnd(st.getFirst().index() + 1, v);   // "Wie die Friedensmission mitteilte": an unnamed source
                        if (np > st.getFirst().index() + 1) { d.speakerSpan = text.span(new org.w3id.newskg.model.TokenRange(st.getFirst().index() + 1, np)); d.anonymous = true; }
                    }
                    d.attributed = true;
                    reported.add(d);
                    return true;
                }
                return false;
            }
            return false;
        }

        /** laut X, X zufolge, nach Angaben von X, according to X: the whole sentence without the phrase at its edge. */
        boolean attributionPhrase(Sentence sent) {
            List<Token> st = sent.tokens();
            for (Lexicon.AttributionPhrase ap : lex.attributionPhrases()) {
                if (ap.before().isEmpty() && ap.after().isEmpty()) continue;
                // phrases built on a speech verb ("{X} told", "as {X} said") are the verb rules' business
                if (ap.before().stream().anyMatch(w -> !lex.speechVerbs(w).isEmpty()) || ap.after().stream().anyMatch(w -> !lex.speechVerbs(w).isEmpty())) continue;
                boolean slotless = !ap.slot();
                if (ap.before().size() == 1 && ap.before().getFirst().equals("so")) continue;   // handled with trailing attributions
                for (int k = 0; k < st.size(); k++) {
                    if (ap.before().isEmpty()) {   // "{X} zufolge": find the words after the slot, the source is the noun phrase before them
                        if (!matches(st, k, ap.after()) || k == 0) continue;
                        int sb = k;
                        while (sb > 0 && k - sb < 6 && npWord(st.get(sb - 1))) sb--;
                        if (sb == k) continue;
                        int b = sent.range().begin(), e = sent.range().end();
                        int phraseEnd = k + ap.after().size();
                        int cueFrom = k;
                        if (st.get(k).is("NOUN") && ap.after().size() > 1) cueFrom = k + 1;   // "{X} Angaben nach": the source is "X Angaben", the cue "nach"
                        CharSpan sourceSpan = new CharSpan(st.get(sb).span().begin(), st.get(cueFrom - 1).span().end());
                        CharSpan words;
                        if (st.get(sb).index() == b) {
                            int w = st.get(Math.min(st.size() - 1, phraseEnd - 1)).index() + 1;
                            while (w < e && toks.get(w).isPunct()) w++;
                            if (w >= e) continue;
                            words = trimClause(w, e, sent);
                        } else {
                            words = trimClause(b, e, sent);
                        }
                        if (words.isEmpty() || covered(words)) continue;
                        Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "attribution-phrase");
                        d.cue = new CharSpan(st.get(cueFrom).span().begin(), st.get(phraseEnd - 1).span().end());
                        speakerIn(sourceSpan, d);
                        d.attributed = true;
                        reported.add(d);
                        return true;
                    }
                    // "nach Polizeiangaben", "nach Unternehmensangaben": the phrase's noun as the end of a compound that names the source
                    boolean compound = !slotless && ap.after().isEmpty() && ap.before().size() == 2 && k + 1 < st.size()
                            && st.get(k).text().equalsIgnoreCase(ap.before().getFirst()) && st.get(k + 1).is("NOUN")
                            && st.get(k + 1).text().length() > ap.before().get(1).length() + 2
                            && st.get(k + 1).text().toLowerCase(Locale.ROOT).endsWith(ap.before().get(1));
                    if (!compound && !matches(st, k, ap.before())) continue;
                    if (slotless) {
                        if (!ap.before().getFirst().equals("nach") && !ap.before().getFirst().equals("by")) {
                            if (contextSource(sent, k, k + ap.before().size() - 1)) return true;
                            continue;
                        }
                        CharSpan words = trimClause(sent.range().begin(), sent.range().end(), sent);
                        if (words.isEmpty() || covered(words)) continue;
                        Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "attribution-phrase");
                        int cueEnd = st.get(k + ap.before().size() - 1).index();
                        d.cue = new CharSpan(st.get(k).span().begin(), toks.get(cueEnd).span().end());
                        Optional<People.Ref> subject = nearestPersonBefore(st.get(k).index());
                        if (subject.isEmpty()) continue;
                        setSpeaker(d, subject.get());
                        reported.add(d);
                        return true;
                    }
                    int slot = compound ? k + 1 : k + ap.before().size();
                    int slotEnd = slot;
                    if (ap.after().isEmpty()) {   // "laut {X}", "according to {X}": the noun phrase after the phrase
                        if (slot < st.size()) slotEnd = phrase.nounPhraseEnd(st.get(slot).index(), sent.range().end()) - sent.range().begin();
                    } else {
                        while (slotEnd < st.size() && slotEnd < slot + 6 && npWord(st.get(slotEnd)) && !matches(st, slotEnd, ap.after())) slotEnd++;
                    }
                    if (!ap.after().isEmpty() && !matches(st, slotEnd, ap.after())) continue;
                    if (slotEnd == slot) continue;
                    final int from = slot, to = slotEnd;   // the source is a noun phrase with a noun or a name in it ("eigenen" is none)
                    if (java.util.stream.IntStream.range(from, to).mapToObj(st::get).noneMatch(t -> t.is("NOUN") || t.isPropn() || t.is("PRON") || SourcePhrase.code(t))) continue;
                    int phraseEnd = slotEnd + ap.after().size();
                    // the speech noun of the phrase belongs to the source, the rest is the cue: "nach | Angaben der Polizei", "nach | X Angaben"
                    int sourceFrom = slot, sourceTo = slotEnd, j = slot;
                    if (j - 1 > k && OF_WORDS.contains(st.get(j - 1).text().toLowerCase(Locale.ROOT))) j--;
                    while (j - 1 > k && st.get(j - 1).is("NOUN")) j--;
                    if (j < slot && st.get(j).is("NOUN")) {
                        while (j - 1 > k && (st.get(j - 1).is("DET") || st.get(j - 1).is("ADJ"))) j--;   // "nach | einer Studie der UNO"
                        sourceFrom = j;
                    }
                    if (!ap.after().isEmpty() && st.get(slotEnd).is("NOUN") && ap.after().size() == 1) sourceTo = slotEnd + 1;
                    CharSpan sourceSpan = new CharSpan(st.get(sourceFrom).span().begin(), st.get(sourceTo - 1).span().end());
                    CharSpan words = aroundPhrase(sent, st.get(k).index(), st.get(Math.min(st.size() - 1, phraseEnd - 1)).index());
                    if (words == null || words.isEmpty() || covered(words)) continue;
                    Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "attribution-phrase");
                    d.cue = new CharSpan(st.get(k).span().begin(), st.get(sourceFrom - 1).span().end());
                    speakerIn(sourceSpan, d);
                    d.attributed = true;
                    reported.add(d);
                    return true;
                }
            }
            return false;
        }

        /**
         * "Demnach hat …", "Der Abzug soll demnach …", "…, hieß es": a phrase that points back to a report before it,
         * near the start or at the end of the sentence. The speaker is that of the statement just before; without one
         * the phrase itself stands for the unnamed source.
         */
        boolean contextSource(Sentence sent, int first, int last) {
            List<Token> st = sent.tokens();
            if (first > 3 && last < st.size() - 2) return false;
            CharSpan phraseSpan = new CharSpan(st.get(first).span().begin(), st.get(last).span().end());
            CharSpan words = aroundPhrase(sent, st.get(first).index(), st.get(last).index());
            if (words == null || words.isEmpty() || covered(words)) return false;
            Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "attribution-phrase");
            Draft prev = lastBefore(sent.span().begin());
            if (prev != null && (prev.speaker != null || prev.anonymous) && distanceInSentences(prev.words.end(), sent.span().begin()) <= 1) {
                copySpeaker(prev, d, "continues");
            } else {
                d.speakerSpan = phraseSpan;
                d.anonymous = true;
            }
            d.cue = phraseSpan;
            d.attributed = true;
            reported.add(d);
            return true;
        }

        /**
         * "nach ersten Untersuchungen", "nach Polizeiangaben", "nach einer Meldung des Staatsfernsehens": "nach" and a
         * noun phrase whose head names a source of information (source-nouns.tsv) attribute the sentence; the phrase
         * is the source, "nach" the cue.
         */
        boolean nachPhrase(Sentence sent) {
            int b = sent.range().begin(), e = sent.range().end();
            for (int k = b; k < e - 1; k++) {
                if (!toks.get(k).text().equalsIgnoreCase("nach") || insideQuote(toks.get(k).span())) continue;
                int head = k + 1;
                while (head < e && (toks.get(head).is("DET") || toks.get(head).is("ADJ"))) head++;
                if (head >= e || !toks.get(head).is("NOUN") || !lex.isSourceNoun(toks.get(head).text())) continue;
                int np = phrase.nounPhraseEnd(k + 1, e);
                if (np <= head) continue;
                CharSpan words = aroundPhrase(sent, k, np - 1);
                if (words == null || words.isEmpty() || covered(words)) continue;
                Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "attribution-phrase");
                d.cue = toks.get(k).span();
                speakerIn(new CharSpan(toks.get(k + 1).span().begin(), toks.get(np - 1).span().end()), d);
                d.attributed = true;
                reported.add(d);
                return true;
            }
            return false;
        }

        /**
         * A speech noun of speech-nouns.tsv with its complement (ANNOTATION.md: a non-finite complement of a speech noun;
         * opinion predicates): "Der Vorwurf von X, mit dem Bürgergeld Arbeitslosigkeit zu subventionieren, …", "X bekundete
         * ihre Bereitschaft, … zu …", "Sie ist der Meinung, dass …", "his promise to cut taxes". The speaker is the person
         * of the noun's von- or genitive attribute, its possessor ("ihre Bereitschaft", "Merz' Vorwurf"), else the subject
         * of the verb the noun depends on; without one it is no statement. German dass-clauses and zu-infinitives,
         * English to-infinitives (an English "that" after a noun is too often a relative pronoun).
         */
        boolean nounComplement(Sentence sent) {
            boolean found = false;
            int b = sent.range().begin(), end = sent.range().end();
            boolean de = lex.lang().equals("de");
            for (int n = b; n < end - 2; n++) {
                Token noun = toks.get(n);
                if (!noun.is("NOUN") || insideQuote(noun.span())) continue;
                Optional<Set<String>> frames = lex.speechNoun(noun.text());
                if (frames.isEmpty() || covered(noun.span())) continue;
                int a = n + 1;   // the noun's attribute: "von Friedrich Merz", "der Ministerin", "of the union"
                while (a < end && a < n + 7 && !toks.get(a).isPunct() && !toks.get(a).text().equalsIgnoreCase("to") && npWord(toks.get(a))) a++;
                CharSpan words = null;
                if (de && a + 1 < end && toks.get(a).text().equals(",")) {
                    String w = toks.get(a + 1).text().toLowerCase(Locale.ROOT);
                    if (frames.get().contains("that") && (w.equals("dass") || w.equals("daß")) && a + 2 < end) words = trimClause(a + 2, end, sent);
                    else if (frames.get().contains("inf") && !COMPLEMENTIZERS.contains(w) && !toks.get(a + 1).is("PRON")) {
                        int z = a + 1;
                        while (z < end - 1 && !toks.get(z).text().equals(",") && !(toks.get(z).text().equals("zu") && toks.get(z + 1).isVerbal()) && !fusedZuInfinitive(toks.get(z))) z++;
                        if (z < end - 1 && !toks.get(z).text().equals(",")) {
                            int e = z + 1;
                            while (e < end && !toks.get(e).text().equals(",") && !toks.get(e).text().equals(".")) e++;
                            words = trimClause(a + 1, e, sent);
                        }
                    }
                } else if (!de && frames.get().contains("inf") && a + 1 < end && toks.get(a).text().equalsIgnoreCase("to") && toks.get(a + 1).is("VERB")) {
                    words = trimClause(a, end, sent);
                }
                if (words == null || words.isEmpty() || covered(words)) continue;
                Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "noun-complement");
                d.cue = noun.span();
                CharSpan attribute = a > n + 1 ? new CharSpan(toks.get(n + 1).span().begin(), toks.get(a - 1).span().end()) : null;
                if (attribute != null && people.refIn(attribute).isPresent()) speakerIn(attribute, d);
                int before = n - 1;
                while (before > b && toks.get(before).is("ADJ")) before--;
                if (!d.attributed && before >= b) {   // "ihre Bereitschaft", "Merz' Vorwurf"
                    Token det = toks.get(before);
                    Optional<EntityRef> owner = possessor(det, sent);
                    Optional<People.Ref> genitive = people.refIn(det.span()).filter(r -> r.span().end() == det.span().end() && isPerson(r));
                    if (owner.isPresent()) { d.speaker = owner.get(); d.speakerSpan = det.span(); d.attributed = true; }
                    else if (genitive.isPresent()) setSpeaker(d, genitive.get());
                }
                int np = n;
                while (np > b && (toks.get(np - 1).is("DET") || toks.get(np - 1).is("ADJ"))) np--;
                boolean inPrepositionalPhrase = np > b && toks.get(np - 1).upos().startsWith("ADP");   // "überrascht von der Nachricht, dass …"
                if (!d.attributed && !inPrepositionalPhrase) {   // "X bekundete ihre Bereitschaft, …": the subject of the verb before the noun
                    for (int v = n - 1; v >= b && !d.attributed; v--) {
                        if (toks.get(v).text().equals(",")) break;
                        if (toks.get(v).isVerbal() && !negated(v, sent))
                            subjectNear(v, new CharSpan(sent.span().begin(), noun.span().begin()), d, false, words);
                    }
                }
                if (!d.attributed || d.speaker == null && !d.anonymous) continue;
                reported.add(d);
                found = true;
            }
            return found;
        }

        /**
         * "nach ihren Angaben", "seiner Ansicht nach": the person a possessive stands for, the speaker of the statement
         * just before if the gender agrees, else the nearest person of that gender in this or the previous sentence.
         */
        Optional<EntityRef> possessor(Token det, Sentence sent) {
            Optional<Lexicon.Pronoun> poss = lex.pronoun(det.text()).stream().filter(p -> p.grammaticalCase().equals("poss") && !p.plural()).findFirst();
            if (poss.isEmpty()) return Optional.empty();
            org.w3id.newskg.model.Gender g = poss.get().gender();
            Draft last = lastBefore(sent.span().begin());
            if (last != null && last.speaker != null && distanceInSentences(last.words.end(), sent.span().begin()) <= 3
                    && people.get(last.speaker).gender().agreesWith(g)) return Optional.of(last.speaker);
            int from = sent.index() > 0 ? text.sentences().get(sent.index() - 1).span().begin() : sent.span().begin();
            EntityRef best = null;
            for (People.Ref r : people.refs())
                if (r.span().begin() >= from && r.span().end() <= det.span().begin() && isPerson(r) && !insideQuote(r.span())
                        && people.get(r.entity()).gender().agreesWith(g)) best = r.entity();
            return Optional.ofNullable(best);
        }

        /**
         * The sentence attributed by a phrase from token {@code first} to {@code last}: what follows the phrase when it
         * opens the sentence, what precedes it when it closes it, else the whole sentence; null when nothing is left.
         */
        CharSpan aroundPhrase(Sentence sent, int first, int last) {
            int b = sent.range().begin(), e = sent.range().end();
            if (first == b) {
                int w = last + 1;
                while (w < e && toks.get(w).isPunct()) w++;
                return w >= e ? null : trimClause(w, e, sent);
            }
            if (last >= e - 2) {
                int w = first;
                while (w > b && toks.get(w - 1).isPunct()) w--;
                return trimClause(b, w, sent);
            }
            return trimClause(b, e, sent);
        }

        /** A word of a source's noun phrase: article, adjective, noun, name, number, genitive article, "of". */
        boolean npWord(Token t) {
            String w = t.text().toLowerCase(Locale.ROOT);
            return t.is("DET") || t.is("ADJ") || t.is("NOUN") || t.isPropn() || t.is("NUM") || w.equals("of") || w.equals("von")
                    || t.text().equals("-") || t.text().endsWith("-");
        }

        boolean matches(List<Token> st, int k, List<String> words) {
            if (k + words.size() > st.size()) return false;
            for (int i = 0; i < words.size(); i++) if (!st.get(k + i).text().equalsIgnoreCase(words.get(i))) return false;
            return true;
        }

        /** A headline line "Name: claim" (or "Name auf X: claim"), no final full stop. */
        void headline(Sentence sent) {
            int lineStart = lastBreakAtOrBefore(Math.max(0, sent.span().begin() - 1)) + 1;
            if (sent.span().begin() - lineStart > 0 && !blank(lineStart, sent.span().begin())) return;
            int lineEnd = nextBreakFrom(sent.span().begin());
            if (sent.span().end() < lineEnd - 1 && !blank(sent.span().end(), lineEnd)) return;
            List<Token> st = sent.tokens();
            for (int k = 1; k < Math.min(st.size() - 2, 6); k++) {
                if (!st.get(k).text().equals(":")) continue;
                Optional<People.Ref> r = people.refIn(new CharSpan(st.getFirst().span().begin(), st.get(k).span().begin()));
                if (r.isEmpty() || !isPerson(r.get())) return;
                CharSpan words = trimClause(st.get(k + 1).index(), sent.range().end(), sent);
                if (words.isEmpty() || covered(words)) return;
                Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "headline");
                setSpeaker(d, r.get());
                reported.add(d);
                return;
            }
        }

        /**
         * The offset of the last line break at or before {@code at}, or -1. Line breaks are looked up, not searched
         * for: on a long text without any, a search from every sentence made the headline rule quadratic.
         */
        int lastBreakAtOrBefore(int at) {
            int k = java.util.Arrays.binarySearch(lineBreaks(), at);
            return k >= 0 ? at : k == -1 ? -1 : lineBreaks()[-k - 2];
        }

        /** The offset of the first line break at or after {@code from}, or the text's length. */
        int nextBreakFrom(int from) {
            int k = java.util.Arrays.binarySearch(lineBreaks(), from);
            int next = k >= 0 ? k : -k - 1;
            return next < lineBreaks().length ? lineBreaks()[next] : s.length();
        }

        int[] lineBreaks() {
            if (lineBreaks == null) lineBreaks = java.util.stream.IntStream.range(0, s.length()).filter(i -> s.charAt(i) == '\n').toArray();
            return lineBreaks;
        }

        /** Whether the text in [from, to) is only whitespace, as {@code String.isBlank} has it; stops at the first other character. */
        boolean blank(int from, int to) {
            for (int i = from; i < to; i++) if (!Character.isWhitespace(s.charAt(i))) return false;
            return true;
        }

        /** "… Das behauptet X." / "So sieht es X.": the sentence before is X's. */
        void nextSentence(Sentence sent) {
            List<Token> st = sent.tokens();
            // the attribution up to a colon: "Das kündigte der 36-Jährige am Freitag in Frankfurt an: „…“"
            int colon = 0;
            while (colon < st.size() && !st.get(colon).text().equals(":")) colon++;
            if (colon < st.size() && colon + 1 < st.size() && isQuoteMarkToken(st.get(colon + 1))) st = st.subList(0, colon + 1);
            int comma = 2;   // "Das behauptet der Oberbürgermeister X, der an dem Treffen nicht teilnahm.": a relative clause does not count
            while (comma < st.size() && !st.get(comma).text().equals(",")) comma++;
            if (comma < st.size()) st = st.subList(0, comma + 1);
            if (st.size() < 3 || st.size() > (colon < sent.tokens().size() ? 18 : 12) || sent.index() == 0) return;
            String first = st.getFirst().text().toLowerCase(Locale.ROOT);
            if (!Set.of("das", "dies", "so", "this", "that").contains(first)) return;
            int v = st.get(1).index();
            if (!speechVerbAt(v)) return;
            Sentence prev = text.sentences().get(sent.index() - 1);
            CharSpan words = trimClause(prev.range().begin(), prev.range().end(), prev);
            if (words.isEmpty() || covered(words)) return;
            Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, "next-sentence");
            if (!subjectNear(v, new CharSpan(toks.get(v).span().end(), st.getLast().span().end()), d, true)) return;
            d.cue = toks.get(v).span();
            reported.add(d);
        }

        void addReported(CharSpan words, int verb, Sentence sent, String rule) {
            if (words.isEmpty() || words.length() < 3) return;
            for (Draft r : reported) if (r.words.overlaps(words) && r.words.begin() == words.begin()) return;
            Draft d = new Draft(words, Statement.Kind.REPORTED_SPEECH, rule);
            d.cue = toks.get(verb).span();
            CharSpan window = new CharSpan(sent.span().begin(), sent.span().end());
            if (lex.lang().equals("en") && passive(verb) && !byAgent(verb, sent)) {
                d.anonymous = true;
                d.rule = rule + "+passive";
            } else {
                subjectOutside(verb, window, words, d);
            }
            d.attributed = true;
            reported.add(d);
        }

        // ------------------------------------------------------------------ speakers

        /** The speaker of a speech verb: the person named nearest to it in the window, outside the statement's words. */
        void subjectOutside(int v, CharSpan window, CharSpan words, Draft d) {
            subjectNear(v, window, d, false, words);
        }

        boolean subjectNear(int v, CharSpan window, Draft d, boolean preferAfter) {
            return subjectNear(v, window, d, preferAfter, null);
        }

        boolean subjectNear(int v, CharSpan window, Draft d, boolean preferAfter, CharSpan exclude) {
            int vb = toks.get(v).span().begin();
            People.Ref best = null;
            int bestDist = Integer.MAX_VALUE;
            for (People.Ref r : people.refs()) {
                if (!window.covers(r.span()) || exclude != null && exclude.overlaps(r.span()) || insideQuote(r.span())) continue;
                if (reported.stream().anyMatch(x -> x != d && x.words.covers(r.span()) && !x.words.covers(toks.get(v).span()))) continue;   // the content of a statement, not its speaker
                Entity e = people.get(r.entity());
                if (e.type() == EntityType.PLACE) continue;
                int dist = r.span().begin() > vb ? r.span().begin() - vb : vb - r.span().end();
                if (!clauseMate(r.span(), v)) dist += 1000;
                if (inPrepositionalPhrase(r.span())) dist += 300;
                if (!e.isPerson()) dist += 60;   // a person in the clause speaks rather than a country or organisation beside it
                if (phrase.objectCase(r.span())) dist += 200;   // "sagte dem Richter", "kritisierte den Vorstand": no subject
                if (preferAfter && r.span().begin() < vb) dist += 5;
                if (!preferAfter && r.span().begin() > vb) dist += lex.lang().equals("en") ? 500 : 40;
                if (dist < bestDist) { best = r; bestDist = dist; }
            }
            if (best != null && best.span().end() <= vb) best = beforeApposition(best, v, window);
            Optional<CharSpan> group = groupNear(v, window, exclude);
            if (group.isPresent() && group.get().begin() > vb && !phrase.subjectMayFollow(v)) group = Optional.empty();   // "told Mexican radio"
            // "forderte die Partner auf, …", "urged the members to …": the group after a verb with an object and an infinitive is its object
            if (group.isPresent() && group.get().begin() > vb && verbAt(v).map(x -> x.takes("obj-inf")).orElse(false) && best != null && best.span().end() <= vb) group = Optional.empty();
            if (best != null && group.isPresent() && group.get().end() <= best.span().begin() && governedByGroup(group.get(), best.span())) best = null;
            if (best != null && bestDist < 1000 && (group.isEmpty() || distance(group.get(), vb) >= bestDist)) {
                Entity e = people.get(best.entity());
                if (e.isPerson()) setSpeaker(d, best);
                else { d.source = e.ref(); d.speakerSpan = phrase.around(best.span(), d.words, false); d.anonymous = true; d.attributed = true; }
                return true;
            }
            if (group.isPresent()) { d.speakerSpan = phrase.around(group.get(), d.words, false); d.anonymous = true; d.attributed = true; return true; }
            if (best != null) {
                Entity e = people.get(best.entity());
                if (e.isPerson()) { setSpeaker(d, best); return true; }
            }
            return false;
        }

        /** A person of that gender named by name between two points, outside quotations: the new topic a pronoun refers to. */
        boolean namedBetween(int from, int to, org.w3id.newskg.model.Gender g) {
            for (People.Ref r : people.refs())
                if (r.span().begin() >= from && r.span().end() <= to && !insideQuote(r.span()) && isPerson(r) && beforeFirstVerb(r.span())
                        && lex.pronoun(r.span().in(s)).isEmpty() && people.get(r.entity()).gender().agreesWith(g)) return true;
            return false;
        }

        /** "Jana Beispiel, Tom Novaks frühere Sprecherin, sagte": a comma right before the verb closes an apposition; its head is the subject. */
        People.Ref beforeApposition(People.Ref found, int v, CharSpan window) {
            if (v == 0 || !toks.get(v - 1).text().equals(",")) return found;
            int open = -1;
            for (int i = v - 2; i >= Math.max(0, v - 12); i--) {
                if (toks.get(i).text().equals(",")) { open = i; break; }
                if (toks.get(i).isVerbal()) return found;
            }
            if (open < 0) return found;
            int openAt = toks.get(open).span().begin();
            People.Ref head = null;
            for (People.Ref r : people.refs())
                if (r.span().end() <= openAt && window.covers(r.span()) && isPerson(r) && openAt - r.span().end() <= 1) head = r;
            return head != null ? head : found;
        }

        /** The subject position: no verb between the sentence's start and the span ("Jana Beispiel, die Vorsitzende, sieht …"). */
        boolean beforeFirstVerb(CharSpan span) {
            Optional<Sentence> sent = text.sentenceAt(span.begin());
            if (sent.isEmpty()) return false;
            for (Token t : sent.get().tokens()) {
                if (t.span().begin() >= span.begin()) return true;
                if (t.isVerbal()) return false;
            }
            return true;
        }

        /** "mit Jana Beispiel", "referring to Vice Premier Novak": a preposition before the name's noun phrase. */
        boolean inPrepositionalPhrase(CharSpan span) {
            int i = text.firstTokenFrom(span.begin()).map(Token::index).orElse(0);
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                Token t = toks.get(k);
                if (t.is("ADP") || t.is("ADP+DET")) return !Set.of("laut", "according", "zufolge").contains(t.text().toLowerCase(Locale.ROOT));
                if (!(t.is("DET") || t.is("ADJ") || lex.title(t.text()).isPresent() || t.is("NOUN") && t.isCapitalised() || t.text().equals("-"))) return false;
            }
            return false;
        }

        /** "source close to X", "Kreise um X", "aides of X": only a preposition and a few words between group and person. */
        boolean governedByGroup(CharSpan group, CharSpan person) {
            List<Token> between = text.tokens(text.tokensWithin(new CharSpan(group.end(), person.begin())));
            return between.size() <= 4 && between.stream().anyMatch(t -> t.is("ADP") || t.is("ADP+DET"))
                    && between.stream().noneMatch(t -> t.isVerbal() || t.isPunct());
        }

        int distance(CharSpan a, int offset) { return a.begin() > offset ? a.begin() - offset : offset - a.end(); }

        /** No clause boundary (comma followed by a complementizer, a quotation, a full stop) between the two. */
        boolean clauseMate(CharSpan span, int v) {
            int a = Math.min(span.end(), toks.get(v).span().begin()), b = Math.max(span.begin(), toks.get(v).span().end());
            for (Token t : text.tokens(text.tokensWithin(new CharSpan(a, Math.max(a, b))))) {
                String w = t.text().toLowerCase(Locale.ROOT);
                if (COMPLEMENTIZERS.contains(w) || t.text().equals(".") || t.text().equals(";")) return false;
            }
            return true;
        }

        /** A group or unnamed source next to the verb: "Quellen zufolge", "a spokesman said", "the ministry said". */
        Optional<CharSpan> groupNear(int v, CharSpan window, CharSpan exclude) {
            Sentence sent = text.sentenceOf(v);
            for (int i = Math.max(sent.range().begin(), v - 4); i < Math.min(sent.range().end(), v + 5); i++) {
                Token t = toks.get(i);
                if (!window.covers(t.span()) || exclude != null && exclude.overlaps(t.span())) continue;
                if ((t.is("NOUN") || t.isPropn()) && (lex.isGroupWord(t.text()) || lex.isGroupWord(t.lemma())) && clauseMate(t.span(), v)) {
                    int b = i;
                    while (b > sent.range().begin() && (toks.get(b - 1).is("DET") || toks.get(b - 1).is("ADJ"))) b--;
                    if (b > sent.range().begin() && toks.get(b - 1).isPropn() && people.refIn(toks.get(b - 1).span()).filter(this::isPerson).isPresent())
                        continue;   // "sagte Tom Novak der Zeitung": the group after a name is the addressee
                    if (phrase.objectCase(new CharSpan(toks.get(b).span().begin(), t.span().end()))) continue;
                    return Optional.of(new CharSpan(toks.get(b).span().begin(), t.span().end()));
                }
            }
            return Optional.empty();
        }

        void speakerIn(CharSpan sourceSpan, Draft d) {
            Optional<Token> first = text.firstTokenFrom(sourceSpan.begin());
            Optional<EntityRef> owner = first.flatMap(t -> possessor(t, text.sentenceOf(t.index())));
            if (owner.isPresent()) {   // "nach ihren Angaben"
                d.speaker = owner.get();
                d.speakerSpan = sourceSpan;
                d.attributed = true;
                d.rule += "+possessive";
                return;
            }
            Optional<People.Ref> r = people.refIn(sourceSpan);
            if (r.isPresent() && isPerson(r.get())) {
                setSpeaker(d, r.get());
                if (!d.speakerSpan.overlaps(d.words)) d.speakerSpan = d.speakerSpan.union(sourceSpan);   // "Angaben von Jana Beispiel, der Sprecherin,"
                return;
            }
            r.ifPresent(x -> d.source = x.entity());
            d.speakerSpan = sourceSpan;
            d.anonymous = true;
        }

        boolean isPerson(People.Ref r) { return people.get(r.entity()).isPerson(); }

        /** The references to persons inside the span, in text order. */
        List<People.Ref> personRefsIn(CharSpan span) {
            return people.personRefsBetween(span.begin(), span.end()).stream().filter(r -> r.span().end() <= span.end()).toList();
        }

        void setSpeaker(Draft d, People.Ref r) {
            List<Lexicon.Pronoun> pronoun = lex.pronoun(r.span().in(s));
            if (!pronoun.isEmpty() && probing == 0) {   // "he said" continues the current speaker when the gender agrees
                Draft last = lastBefore(r.span().begin());
                if (last != null && last.speaker != null && !last.speaker.equals(r.entity()) && distanceInSentences(last.words.end(), r.span().begin()) <= 3
                        && people.get(last.speaker).gender().agreesWith(pronoun.getFirst().gender()) && !namedBetween(last.words.end(), r.span().begin(), pronoun.getFirst().gender())) {
                    d.speaker = last.speaker;
                    d.speakerSpan = r.span();
                    d.attributed = true;
                    return;
                }
            }
            d.speaker = r.entity();
            d.speakerSpan = phrase.around(r.span(), d.words, true);
            d.attributed = true;
        }

        // ------------------------------------------------------------------ channel, about

        Optional<String> channel(Draft d) {
            Optional<Sentence> sent = text.sentenceAt(d.cue != null ? d.cue.begin() : d.words.begin());
            if (sent.isEmpty()) return Optional.empty();
            return channelIn(sent.get(), d.kind == Statement.Kind.REPORTED_SPEECH ? d.words : null);
        }

        /** The channel a phrase of the sentence names ("in seiner Rede", "told the BBC"), outside quotations and {@code skip}. */
        Optional<String> channelIn(Sentence sent, CharSpan skip) {
            List<Token> st = sent.tokens();
            for (Lexicon.ChannelPattern p : lex.channelPatterns()) {
                for (int k = 0; k + p.words().size() <= st.size(); k++) {
                    if (skip != null && skip.covers(st.get(k).span())) continue;
                    boolean ok = true;
                    for (int i = 0; i < p.words().size() && ok; i++) {
                        String w = st.get(k + i).text().toLowerCase(Locale.ROOT);
                        String pw = p.words().get(i);
                        ok = pw.equals("*") || w.equals(pw) || p.words().size() == 1 && pw.length() >= 5 && w.contains(pw);
                    }
                    if (ok && !insideQuote(st.get(k).span())) return Optional.of(p.channel());
                }
            }
            return Optional.empty();
        }

        Optional<EventRef> about(Draft d) {
            Optional<Sentence> sent = text.sentenceAt(d.words.begin());
            for (Event e : events)
                for (CharSpan m : e.mentions())
                    if (d.words.covers(m) || sent.isPresent() && sent.get().span().covers(m)) return Optional.of(e.ref());
            if (events.size() == 1) {
                for (Token t : text.tokens(text.tokensWithin(d.words)))
                    if (lex.eventNoun(t.text()).isPresent()) return Optional.of(events.getFirst().ref());
            }
            return Optional.empty();
        }
    }
}
