package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;

/**
 * The statement rules of a language in the order they run, one screen each ({@link #german()}, {@link #english()}),
 * like Lucene's {@code GermanAnalyzer.createComponents}. Per sentence: the complements of each speech verb (the first
 * that finds wins, else a clause before or around the attribution), then sentence rules — some always, some only when nothing was found in
 * the sentence yet. Then rules over every sentence again (their input is what the first pass found), the quotations
 * through their sieves, and revisions over all statements. {@link #without} leaves rules out by name.
 */
public final class StatementRules {
    private static final VerbComplement THAT = new ThatClause(), ZERO = new ZeroClause(), INFINITIVE = new Infinitive(),
            PASSIVE_INFINITIVE = new PassiveInfinitive();

    public static StatementRules german() {
        return new StatementRules(
                verb -> verb.takesInfinitive() ? List.of(THAT, INFINITIVE, ZERO) : List.of(THAT, ZERO, INFINITIVE),
                List.of(new PreposedClause(), new Parenthetical()),
                List.of(new NounComplement(), new StanceAct()),
                List.of(new WieClause(), new AttributionPhrase(), new NachPhrase(), new SoAttribution(), new ReportiveSollen(), new Headline()),
                List.of(new NextSentence(), new AnaphoricClaim()),
                List.of(new SpeakerBlock(), new KonjunktivChain()),
                quotes(),
                List.of(new RepeatedQuote()), List.of(new NamedLater(), new DocumentSource(), new AfterQuotation(), new ImpersonalSource()), Set.of());
    }

    public static StatementRules english() {
        return new StatementRules(
                verb -> verb.takesInfinitive() ? List.of(THAT, PASSIVE_INFINITIVE, INFINITIVE, ZERO) : List.of(THAT, PASSIVE_INFINITIVE, ZERO, INFINITIVE),
                List.of(new PreposedClause(), new Parenthetical()),
                List.of(new NounComplement()),
                List.of(new WieClause(), new AttributionPhrase(), new Headline()),
                List.of(new NextSentence(), new AnaphoricClaim()),
                List.of(new SpeakerBlock()),
                quotes(),
                List.of(new RepeatedQuote()), List.of(new NamedLater(), new DocumentSource()), Set.of());
    }

    /** The sieves of quotations, the same in both languages: decisive, beside, colon, run (see {@link QuoteSieves}). */
    private static QuoteSieves quotes() {
        return new QuoteSieves(
                List.of(new InsideReported(), new Naming()),
                List.of(new VerbAfterQuote(), new SoAfterQuote(), new VerbBeforeQuote(), new NameColon()),
                List.of(new SoColon(), new ColonIntro(ColonIntro.Way.VERB), new ColonIntro(ColonIntro.Way.SUBJECT), new ColonIntro(ColonIntro.Way.ANONYMOUS), new ColonIntro(ColonIntro.Way.GROUP)),
                List.of(new QuoteRun()));
    }

    /** The rules of a language ("de" or "en"). */
    public static StatementRules of(String lang) { return lang.equals("de") ? german() : english(); }

    /** The steps inside rules that {@link #without} also takes (they appear in {@code nkg:rule} after a rule's name). */
    private static final List<String> STEPS = List.of(QuoteSieves.QUOTE, Context.PASSIVE, Subjects.POSSESSIVE, KonjunktivChain.CONTINUES,
            KonjunktivChain.AFTER_SPEECH_ACT, KonjunktivChain.AFTER_SUBJECT, KonjunktivChain.OWN_VERB, KonjunktivChain.ALONE, KonjunktivChain.MAIN_CLAUSE, InsideReported.NESTED, QuoteRun.SUBHEADING,
            VerbAfterQuote.UNNAMED_TITLE);

    final Function<SpeechVerb, List<VerbComplement>> complements;
    /** Tried in order for a speech verb without a complement: the statement stands before or around the attribution. */
    final List<VerbComplement> around;
    final List<StatementRule> first, ifNone, last, everySentence;
    final QuoteSieves quotes;
    final List<Revision> quotationRevisions, sourceRevisions;
    final Set<String> off;

    private StatementRules(Function<SpeechVerb, List<VerbComplement>> complements, List<VerbComplement> around, List<StatementRule> first,
                           List<StatementRule> ifNone, List<StatementRule> last, List<StatementRule> everySentence, QuoteSieves quotes,
                           List<Revision> quotationRevisions, List<Revision> sourceRevisions, Set<String> off) {
        this.complements = complements;
        this.around = List.copyOf(around);
        this.first = first;
        this.ifNone = ifNone;
        this.last = last;
        this.everySentence = everySentence;
        this.quotes = quotes;
        this.quotationRevisions = quotationRevisions;
        this.sourceRevisions = sourceRevisions;
        this.off = Set.copyOf(off);
    }

    /** Every rule and step name these rules know, sorted. */
    public Set<String> names() {
        Set<String> names = new TreeSet<>(STEPS);
        for (VerbComplement v : List.of(THAT, ZERO, INFINITIVE, PASSIVE_INFINITIVE)) names.add(v.name());
        for (VerbComplement v : around) names.add(v.name());
        for (List<StatementRule> rules : List.of(first, ifNone, last, everySentence)) for (StatementRule r : rules) names.add(r.name());
        for (SpeakerSieve s : quotes.all()) names.add(s.name());
        for (Revision r : quotationRevisions) names.add(r.name());
        for (Revision r : sourceRevisions) names.add(r.name());
        return names;
    }

    /** The same rules without the named ones (rules, sieves, steps): what the rest finds alone. Names of no rule here change nothing. */
    public StatementRules without(Set<String> names) {
        Set<String> off = new LinkedHashSet<>(this.off);
        off.addAll(names);
        return new StatementRules(verb -> complements.apply(verb).stream().filter(r -> !off.contains(r.name())).toList(),
                around.stream().filter(r -> !off.contains(r.name())).toList(),
                on(first, off), on(ifNone, off), on(last, off), on(everySentence, off),
                new QuoteSieves(onSieves(quotes.decisive, off), onSieves(quotes.beside, off), onSieves(quotes.colon, off), onSieves(quotes.run, off)),
                quotationRevisions.stream().filter(r -> !off.contains(r.name())).toList(),
                sourceRevisions.stream().filter(r -> !off.contains(r.name())).toList(), off);
    }

    private static List<StatementRule> on(List<StatementRule> rules, Set<String> off) {
        return rules.stream().filter(r -> !off.contains(r.name())).toList();
    }

    private static List<SpeakerSieve> onSieves(List<SpeakerSieve> sieves, Set<String> off) {
        return new ArrayList<>(sieves.stream().filter(r -> !off.contains(r.name())).toList());
    }
}
