package org.w3id.newskg.extract.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.Token;

/**
 * The event cues of one language ({@code event-cues.tsv}), indexed by kind: single words (exact or as the
 * head of a compound) and phrases of several words, where "*" stands for any one word. Immutable.
 */
final class Cues {
    /** A participation verb: the event type it reports on its own ("-" none) and what its clause needs. */
    record Verb(String type, String needs, String particle) {}

    private final Map<String, Map<String, Lexicon.EventCue>> words = new HashMap<>();
    private final Map<String, List<Lexicon.EventCue>> suffixes = new HashMap<>();
    private final Map<String, List<Lexicon.EventCue>> phrases = new HashMap<>();
    private final Map<String, List<Verb>> verbs = new HashMap<>();

    Cues(Lexicon lex) {
        for (Lexicon.EventCue c : lex.eventCues()) {
            if (c.kind().equals("verb")) {
                String particle = c.words().size() > 1 ? c.words().get(1) : "";
                verbs.computeIfAbsent(c.words().getFirst(), k -> new ArrayList<>()).add(new Verb(c.value(), c.match(), particle));
            } else if (c.words().size() > 1) {
                phrases.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            } else {
                if (!c.match().equals("compound")) words.computeIfAbsent(c.kind(), k -> new HashMap<>()).put(c.words().getFirst(), c);
                if (!c.match().equals("word")) suffixes.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Whether the word is a cue of this kind: the word itself, or a compound whose head is a suffix cue. */
    boolean is(String kind, String word) { return cue(kind, word).isPresent(); }

    Optional<Lexicon.EventCue> cue(String kind, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Lexicon.EventCue c = words.getOrDefault(kind, Map.of()).get(w);
        if (c != null) return Optional.of(c);
        String head = w.contains("-") ? w.substring(w.lastIndexOf('-') + 1) : w;
        c = words.getOrDefault(kind, Map.of()).get(head);
        if (c != null && c.match().equals("suffix")) return Optional.of(c);
        for (Lexicon.EventCue s : suffixes.getOrDefault(kind, List.of()))
            if (w.endsWith(s.words().getFirst()) && w.length() > s.words().getFirst().length() + 2) return Optional.of(s);
        return Optional.empty();
    }

    /** The number of a cue of this kind that the word starts with ("Mittwochabend" → weekday 3). */
    Optional<Integer> prefixNumber(String kind, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Lexicon.EventCue c : words.getOrDefault(kind, Map.of()).values())
            if (w.startsWith(c.words().getFirst())) return Optional.of(Integer.valueOf(c.value()));
        return Optional.empty();
    }

    /** The cue's value as a number (weekday, month, day offset), when the word is one. */
    Optional<Integer> number(String kind, String word) {
        return cue(kind, word).map(c -> Integer.valueOf(c.value()));
    }

    /**
     * Whether the token is a verb: tagged so, or a lower-case form the verb cues list (the tagger takes some
     * past forms for nouns or adjectives).
     */
    boolean verbal(Token t) {
        return t.isVerbal() || !t.isCapitalised() && verbs.containsKey(t.text()) && !t.is("NOUN");
    }

    /** The participation verbs a token can be, by its form or its lemma. */
    List<Verb> verbs(Token t) {
        List<Verb> out = new ArrayList<>(verbs.getOrDefault(t.text().toLowerCase(Locale.ROOT), List.of()));
        if (out.isEmpty()) out.addAll(verbs.getOrDefault(t.lemma(), List.of()));
        return out;
    }

    /**
     * The length in tokens of a phrase cue of this kind starting at {@code from} (0 when none starts there), a
     * single-word cue of the kind included.
     */
    int phraseAt(String kind, List<Token> tokens, int from) {
        int best = 0;
        for (Lexicon.EventCue c : phrases.getOrDefault(kind, List.of())) {
            int n = c.words().size();
            if (from + n > tokens.size()) continue;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                String w = c.words().get(i);
                ok = w.equals("*") || w.equals(tokens.get(from + i).text().toLowerCase(Locale.ROOT));
            }
            if (ok) best = Math.max(best, n);
        }
        if (best == 0 && from < tokens.size() && words.getOrDefault(kind, Map.of()).containsKey(tokens.get(from).text().toLowerCase(Locale.ROOT)))
            best = 1;
        return best;
    }
}
