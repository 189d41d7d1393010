package org.w3id.newskg.extract.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.newskg.extract.EventCues.Kind;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.EntityType;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * {@code event-noun}: the event nouns of the lexicon ({@code event-nouns.tsv}: "Gipfel", "Gespräche", "talks"), also
 * as compound heads ("Krisentreffen") and where the tagger took them for verbs after an article ("das Treffen"). A
 * call or press modifier before the noun makes it a call or a press event ("Telefongespräch" is a call by its own
 * entry; "phone talks", "press conference"). Not a mention: a noun inside the name of a person or an organisation
 * ("Gipfel-Stiftung"), or an event asked for ("forderte ein Treffen"). Each mention is then read ({@link
 * MentionReading}) in text order.
 */
final class EventNoun implements EventRule.Mentions {
    static final String NAME = "event-noun";

    @Override public String name() { return NAME; }

    @Override
    public void find(Scan s, List<Cue> cues) {
        int first = s.mentions.size();
        for (Token t : s.toks) {
            if (!s.doc.inClause(t.index()) || !nounLike(s, t)) continue;
            Optional<Lexicon.EventNoun> e = s.lex.eventNoun(t.text()).or(() -> labelWithSide(s, t));
            if (e.isEmpty()) continue;
            if (s.places.entityAt(t.index()).map(x -> x.isPerson() || x.type() == EntityType.ORGANIZATION).orElse(false)) continue;
            String type = e.get().type();
            if (t.index() > 0 && s.cues.is(Kind.CALL_MOD, s.tok(t.index() - 1).text())) type = "call";
            if (t.index() > 0 && s.cues.is(Kind.PRESS_MOD, s.tok(t.index() - 1).text()) && !type.equals("call")) type = "press";
            type = retyped(s, t.index(), type);
            String w = t.text().toLowerCase(Locale.ROOT), noun = e.get().noun();
            boolean plural = !w.endsWith(noun) && !w.endsWith(noun + "s") && !w.endsWith(noun + "es");
            if (s.requested(t.index())) continue;
            s.mentions.add(Mention.of(t.index(), type, false, plural));
        }
        MentionReading reading = new MentionReading(s);
        for (int i = first; i < s.mentions.size(); i++) s.mentions.set(i, reading.read(s.mentions.get(i)));
    }

    /**
     * A label noun left out of the event nouns as too ambiguous ("Spiel": "auf dem Spiel stehen") is one right before
     * a word that names the other side at an event of its type ("im Spiel gegen Freiburg": {@code label} spiel match,
     * {@code with} gegen match).
     */
    private static Optional<Lexicon.EventNoun> labelWithSide(Scan s, Token t) {
        if (t.index() + 1 >= s.toks.size()) return Optional.empty();
        String next = s.tok(t.index() + 1).text();
        return s.cues.cue(Kind.LABEL, t.text()).map(c -> c.value())
                .filter(type -> s.cues.cue(Kind.WITH, next).map(w -> List.of(w.value().split(",")).contains(type)).orElse(false))
                .map(type -> new Lexicon.EventNoun(t.text().toLowerCase(Locale.ROOT), type, false));
    }

    /**
     * The type a {@code retype} word of the mention's sentence or the one before gives an ambiguous noun: a
     * "Verhandlung" near "Gericht" or "Richter" is a court hearing, a "hearing" near "court" or "judge" a trial
     * ("Tarifverhandlungen" keeps its type: the word must start with a noun the cue lists).
     */
    private static String retyped(Scan s, int token, String type) {
        Sentence sent = s.doc.sentenceOf(token);
        String w = s.tok(token).text().toLowerCase(Locale.ROOT);
        int from = sent.index() > 0 ? s.doc.sentences().get(sent.index() - 1).range().begin() : sent.range().begin();
        for (int k = from; k < sent.range().end(); k++) {
            Token u = s.tok(k);
            if (!(u.is("NOUN") || u.isPropn()) || k == token) continue;
            Optional<String> v = s.cues.cue(Kind.RETYPE, u.text()).map(c -> c.value());
            if (v.isEmpty() || !v.get().contains(">")) continue;
            String[] r = v.get().split(">");
            for (String noun : r[0].split(",")) if (w.startsWith(noun)) return r[1];
        }
        return type;
    }

    /** The part after the last hyphen starts with a capital letter and has one more letter ("2:1-Sieg"; not "2:1-" or "Ost-"). */
    private static boolean capitalisedHead(String w) {
        int h = w.lastIndexOf('-');
        return h >= 0 && h + 2 < w.length() && Character.isUpperCase(w.charAt(h + 1)) && Character.isLetter(w.charAt(h + 2));
    }

    /**
     * A noun, a name, a capitalised German word, a compound with a capitalised head, a capitalised word inside a sentence, or a verb form after an
     * article, an adjective, a number or a possessive.
     */
    private static boolean nounLike(Scan s, Token t) {
        if (t.is("NOUN") || t.isPropn() || s.doc.german() && t.isCapitalised() && !t.is("ADJ") && !t.isVerbal()) return true;
        // "2:1-Sieg", "100-Meter-Finale": a German compound whose head after the last hyphen is capitalised, whatever its first part
        if (s.doc.german() && capitalisedHead(t.text())) return true;
        if (!t.isVerbal() || t.index() == 0) return false;
        // "the “Lapland Summit” between …": a capitalised word inside a sentence is a name's noun, whatever the tagger says
        if (t.isCapitalised() && s.doc.sentenceOf(t.index()).range().begin() < t.index()) return true;
        Token p = s.tok(t.index() - 1);
        return p.is("DET") || p.is("ADJ") || p.is("NUM") || p.isPropn() || p.is("NOUN") || p.text().equals("'s") || s.hyphenPart(t.index() - 1)
                || s.cues.is(Kind.POSSESSIVE, p.text());
    }
}
