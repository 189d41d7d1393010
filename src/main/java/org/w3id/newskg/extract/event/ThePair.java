package org.w3id.newskg.extract.event;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.doc.Clause;
import org.w3id.newskg.extract.doc.PersonRef;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Token;

/**
 * {@code the-pair}: "die beiden" or "the two" (a {@code pair} cue of value {@code number}) before a {@code pair} noun ("Männer", "Präsidenten", "leaders") in a
 * clause about a particular event ("Die Pressekonferenz der beiden Männer", "The two leaders met in Oslo") stands
 * for the two persons the article is about: the two named most often up to the end of the sentence, each at
 * least {@link #MIN_REFERENCES} times and both more often than any third. They take part in the event of the
 * clause's mention, else in the nearest held event. Not in a negated clause.
 */
final class ThePair implements EventRule.AtToken {
    static final String NAME = "the-pair";
    /** Each of the pair is referred to at least this many times (names, pronouns, descriptions). */
    static final int MIN_REFERENCES = 2;

    @Override public String name() { return NAME; }

    @Override
    public Optional<Cue> find(Scan s, Clause c, int k) {
        if (k + 1 >= c.to() || k == c.from() || !s.cues.valueOf(Kind.PAIR, s.tok(k).text()).filter("number"::equals).isPresent() || !s.tok(k - 1).is("DET") && !s.tok(k - 1).upos().contains("DET")) return Optional.empty();
        Token noun = s.tok(k + 1);
        if (!(noun.is("NOUN") || noun.isCapitalised() && s.doc.german()) || !s.cues.valueOf(Kind.PAIR, noun.text()).filter("-"::equals).isPresent() || s.doc.personAt(k + 1).isPresent()) return Optional.empty();
        Optional<Mention> about = s.mentions.stream().filter(m -> c.covers(m.token()) && !m.generic() && !m.notThis() && !s.requested(m.token())).findFirst();
        if (about.isEmpty() && !verbOfClause(s, c)) return Optional.empty();
        List<EntityRef> pair = pair(s, s.doc.sentenceOf(k).range().end());
        return pair.size() == 2 ? Optional.of(new Cue.Pair(k, pair, about)) : Optional.empty();
    }

    /** A participation verb in the clause ("Die beiden Präsidenten trafen sich"). */
    private static boolean verbOfClause(Scan s, Clause c) {
        for (int i = c.from(); i < c.to(); i++) if (s.cues.verbal(s.tok(i)) && !s.cues.verbs(s.tok(i)).isEmpty()) return true;
        return false;
    }

    /** The two persons referred to most often before the token, if they stand out from any third. */
    private static List<EntityRef> pair(Scan s, int before) {
        Map<EntityRef, Integer> count = new LinkedHashMap<>();
        for (PersonRef r : s.persons.named(0, before)) count.merge(r.entity(), 1, Integer::sum);
        List<Map.Entry<EntityRef, Integer>> ranked = count.entrySet().stream().sorted(Comparator.comparing(Map.Entry<EntityRef, Integer>::getValue).reversed()).toList();
        if (ranked.size() < 2 || ranked.get(1).getValue() < MIN_REFERENCES) return List.of();
        if (ranked.size() > 2 && ranked.get(2).getValue() >= ranked.get(1).getValue()) return List.of();
        return List.of(ranked.get(0).getKey(), ranked.get(1).getKey());
    }
}
