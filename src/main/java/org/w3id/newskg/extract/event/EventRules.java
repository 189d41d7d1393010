package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The event rules of a language in the order they run, one screen each ({@link #german()}, {@link #english()}), like
 * the statement finder's {@code StatementRules}. First the mention rules, in this order; then, for each mention of
 * a particular event, the rules that always run and the first of the others that answers (in a clause that is not
 * negated, for a mention the clause is about); then, token by token of each clause that is not negated, the first of
 * the once-per-clause rules that answers ends the clause, the every-token rules run on; then the rules over the
 * article, and, once the participants are attached, the rules over the events. {@link #without} leaves rules out by
 * name.
 *
 * @param mentions       the mention rules, in this order
 * @param onMention      per mention, the rules that always run
 * @param firstOnMention per mention, the first of these that answers
 * @param oncePerClause  per token of a clause, the first of these that answers ends the clause
 * @param everyToken     per token of a clause, the rules that run on every token
 * @param overArticle    the rules over the whole article
 * @param overEvents     the rules over the events once the participants are attached
 */
public record EventRules(List<EventRule.Mentions> mentions, List<EventRule.OnMention> onMention, List<EventRule.OnMention> firstOnMention,
                         List<EventRule.AtToken> oncePerClause, List<EventRule.AtToken> everyToken, List<EventRule.OverArticle> overArticle,
                         List<EventRule.OverEvents> overEvents) {
    public static EventRules german() {
        return new EventRules(
                List.of(new EventNoun(), new ParticipationVerb()),
                List.of(new WithBetween(), new WithSubject()), List.of(new AtEvent(), new OwnEvent(), new HostVerb()),
                List.of(new EventPresence(), new ParticipantNoun(), new EventAudience(), new EventAppearance(), new EventPhase()), List.of(new ThePair()),
                List.of(new HereInQuote(), new EventRole()),
                List.of(new EventPlace(), new Dateline()));
    }

    public static EventRules english() {
        return new EventRules(
                List.of(new EventNoun(), new ParticipationVerb()),
                List.of(new WithBetween(), new WithSubject()), List.of(new AtEvent(), new OwnEvent(), new HostVerb()),
                List.of(new EventPresence(), new ParticipantNoun(), new EventAudience(), new EventAppearance(), new EventPhase()), List.of(new ToldPerson(), new ThePair()),
                List.of(new HereInQuote(), new EventRole()),
                List.of(new EventPlace(), new Dateline()));
    }

    /** The rules of a language ("de" or "en"). */
    public static EventRules of(String lang) { return lang.equals("de") ? german() : english(); }

    private Stream<EventRule> all() {
        return Stream.of(mentions, onMention, firstOnMention, oncePerClause, everyToken, overArticle, overEvents).flatMap(List::stream);
    }

    /** Every rule name these rules know, sorted. */
    public Set<String> names() { return all().map(EventRule::name).collect(TreeSet::new, Set::add, Set::addAll); }

    /** The same rules without the named ones: what the rest finds alone. Names of no rule here change nothing. */
    public EventRules without(Set<String> names) {
        return new EventRules(on(mentions, names), on(onMention, names), on(firstOnMention, names), on(oncePerClause, names), on(everyToken, names),
                on(overArticle, names), on(overEvents, names));
    }

    private static <R extends EventRule> List<R> on(List<R> rules, Set<String> off) {
        return rules.stream().filter(r -> !off.contains(r.name())).toList();
    }
}
