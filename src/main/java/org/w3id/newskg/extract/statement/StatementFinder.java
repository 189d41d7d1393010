package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon.Frame;
import org.w3id.newskg.extract.Lexicon.SpeechVerb;
import org.w3id.newskg.extract.Lexicon.VerbType;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Statement;

/**
 * Finds the statements of one article by running the ordered rules of its language ({@link StatementRules}): the
 * speakers of quotations by their surroundings first ({@link LocalSpeakers}), then reported speech sentence by
 * sentence, then rules over every sentence again, then the quotations through their sieves, then revisions. A
 * statement whose source no step named is dropped; what stands for an unnamed source is kept as its words.
 *
 * {@snippet :
 * List<Statement> said = new StatementFinder(StatementRules.german()).find(doc, events);
 * said.getFirst().rule();   // "quote+verb-after-quote"
 * }
 */
public final class StatementFinder {
    /**
     * The name of a speech act without a statement, which gives its subject the floor; never output (a chain after it
     * records {@link KonjunktivChain#AFTER_SPEECH_ACT}, which also switches it off).
     */
    static final String SPEECH_ACT = "speech-act";
    private final StatementRules rules;

    public StatementFinder(StatementRules rules) { this.rules = rules; }

    public List<Statement> find(ArticleDoc doc, List<Event> events) {
        boolean quotes = !rules.off.contains(QuoteSieves.QUOTE);
        LocalSpeakers local = quotes ? new LocalSpeakers(doc, rules.off, rules.quotes.local()) : null;
        Context c = new Context(doc, local, rules.off);
        for (Sentence s : doc.sentences()) sentence(c, s);
        for (StatementRule r : rules.everySentence) for (Sentence s : doc.sentences()) r.find(c, s);
        if (quotes) rules.quotes.attribute(c);
        List<Draft> all = new ArrayList<>(c.sofar.direct());
        for (Draft r : c.sofar.reported())
            if (c.sofar.direct().stream().noneMatch(d -> sameWords(d, r))) all.add(r);
        for (Revision r : rules.quotationRevisions) all = r.revise(c, all);
        all.removeIf(d -> !d.hasSource());
        all = all.stream().map(d -> withSourceWords(c, d)).toList();
        for (Revision r : rules.sourceRevisions) all = r.revise(c, all);
        all = new ArrayList<>(all);
        all.sort(Comparator.comparing(Draft::words));
        List<Statement> out = new ArrayList<>();
        for (Draft d : all) {
            String channel = d.channel() != null ? d.channel() : Channels.of(c, d).orElse(null);
            out.add(new Statement(out.size(), d.kind(), d.words(), Optional.ofNullable(d.speakerSpan()), Optional.ofNullable(d.speaker()),
                    Optional.ofNullable(d.source()), Optional.ofNullable(d.cue()), Optional.ofNullable(channel), Channels.about(c, d, events), d.rule()));
        }
        return out;
    }

    /** The complements of each speech verb (else a clause before or around it), then the sentence rules. */
    private void sentence(Context c, Sentence sent) {
        boolean found = false;
        for (int k = 0; k < sent.tokens().size(); k++) {
            int v = sent.tokens().get(k).index();
            if (c.doc.insideQuote(c.tok(v).span()) || !c.doc.verbs().speechVerbAt(v) || c.doc.verbs().negated(v, sent)) continue;
            Optional<SpeechVerb> verb = c.doc.verbs().verbAt(v);
            if (verb.isEmpty()) continue;
            if (nested(c, v, verb.get())) continue;
            boolean complement = false;
            for (VerbComplement rule : rules.complements.apply(verb.get())) if (complement = rule.find(c, sent, v, verb.get())) break;
            if (!complement) for (VerbComplement rule : rules.around) if (complement = rule.find(c, sent, v, verb.get())) break;
            if (complement) found = true;
            else speechAct(c, sent, v);
        }
        if (!found) channelAct(c, sent);
        for (StatementRule r : rules.first) found |= r.find(c, sent);
        for (StatementRule r : rules.ifNone) if (!found) found = r.find(c, sent);
        for (StatementRule r : rules.last) r.find(c, sent);
    }

    /**
     * "Saslawskyj sprach sich für … aus.": a speech verb with a person as subject but no complement is no statement,
     * yet that person has the floor — a quotation or "den Angaben nach" after it continues them ({@link Drafts#addAct}).
     */
    private static void speechAct(Context c, Sentence sent, int v) {
        // a verb of opinion only when it is said in public ("lobte die Spieler", "begrüßte den Plan": it can introduce a quotation)
        Optional<SpeechVerb> verb = c.doc.verbs().verbAt(v);
        boolean spoken = verb.map(x -> x.takes(Frame.COLON) || x.takes(Frame.QUOTE)).orElse(false);
        if (c.doc.verbs().opinionAt(v) && !(spoken && verb.get().type() == VerbType.OPINION) || !c.on(KonjunktivChain.AFTER_SPEECH_ACT)) return;
        if (c.on(Context.PASSIVE) && Passives.agentless(c, v, sent)) return;   // "Die Anwohner wurden gewarnt.": they do not speak
        // "Der Plan wurde von der Ministerin kritisiert.": the agent of a passive has the floor, not its subject
        Optional<Attribution> agent = c.on(Context.PASSIVE) ? Passives.agent(c, v, sent).filter(a -> a.speaker() != null || a.anonymous()) : Optional.empty();
        (agent.isPresent() ? agent : c.subjects.near(v, sent.span(), sent.span(), false).filter(a -> floor(c, a)))
                .ifPresent(a -> c.sofar.addAct(Draft.reported(sent.span(), SPEECH_ACT).with(a).cue(c.tok(v).span())));
    }

    /**
     * A speech act gives the floor to its subject, never to its object ("gratulierte dem Präsidenten"): a person named
     * as its subject, or an unnamed source written as words ("Die Staatsanwaltschaft erhob Anklage. Der Mann habe …",
     * ANNOTATION.md: an organisation's statement has no speaker but is one); a chain after it is theirs.
     */
    static boolean floor(Context c, Attribution a) {
        boolean someone = a.speaker() != null || a.anonymous() && a.speakerSpan() != null;
        return someone && (a.speakerSpan() == null || !c.subjects.phrase().objectCase(a.speakerSpan()));
    }

    /** "In seiner Rede reicht X der CDU die Hand.": a sentence that names a channel of speech is its subject's speech act. */
    private static void channelAct(Context c, Sentence sent) {
        if (!c.on(KonjunktivChain.AFTER_SPEECH_ACT) || Channels.in(c, sent, null).isEmpty()) return;
        for (int v = sent.range().begin(); v < sent.range().end(); v++) {
            if (c.doc.insideQuote(c.tok(v).span()) || !c.tok(v).is("VERB") || c.doc.verbs().negated(v, sent)) continue;
            final int verb = v;
            c.subjects.near(v, sent.span(), sent.span(), false).filter(a -> a.speaker() != null)
                    .ifPresent(a -> c.sofar.addAct(Draft.reported(sent.span(), SPEECH_ACT).with(a).cue(c.tok(verb).span())));
            return;
        }
    }

    /**
     * A speech verb inside a clause already reported adds no statement of its own (ANNOTATION.md: one speech act, one
     * reported statement), unless its subject is another person than the reporting speaker ("Sources said he told the
     * minister that …"); a verb of thought or opinion never does.
     */
    private static boolean nested(Context c, int v, SpeechVerb verb) {
        Optional<Draft> host = c.sofar.reported().stream().filter(r -> r.words().covers(c.tok(v).span())).findFirst();
        if (host.isEmpty()) return false;
        if (verb.type() == VerbType.THOUGHT || verb.type() == VerbType.OPINION) return true;
        Optional<Attribution> inner = c.subjects.near(v, c.doc.sentenceOf(v).span(), host.get().words(), false);
        return inner.map(a -> a.speaker() == null || a.speaker().equals(host.get().speaker())).orElse(true);
    }

    private static boolean sameWords(Draft a, Draft b) {
        return Math.abs(a.words().begin() - b.words().begin()) <= 1 && Math.abs(a.words().end() - b.words().end()) <= 1;
    }

    /** "Die Feuerwehr teilte mit, …": an unnamed source is still written down as the words that stand for it. */
    private static Draft withSourceWords(Context c, Draft d) {
        if (d.speakerSpan() != null || d.speaker() != null || d.cue() == null || d.lastStep().equals(Context.PASSIVE)) return d;   // its subject is spoken about
        return c.doc.annotated().firstTokenFrom(d.cue().begin()).flatMap(t -> c.subjects.phrase().subjectOf(t.index(), d.words()))
                .map(d::speakerSpan).orElse(d);
    }
}
