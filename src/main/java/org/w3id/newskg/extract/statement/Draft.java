package org.w3id.newskg.extract.statement;

import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.EntityRef;
import org.w3id.newskg.model.Statement;

/**
 * A statement being built: its words, kind, the rules that found it and, once known, who said it. Immutable: each
 * step returns a new draft, and the rule names it passes through are joined with "+" ("quote+verb-after-quote"),
 * which is what {@code nkg:rule} records.
 *
 * @param speakerSpan the words that name or stand for the speaker, null while none
 * @param speaker     the person, null for none (yet)
 * @param source      an organisation or country given as the source, null for none
 * @param anonymous   the source is a group, an organisation or unnamed ("Die Feuerwehr teilte mit")
 * @param attributed  a rule decided the source, even when it is no person
 */
record Draft(CharSpan words, Statement.Kind kind, String rule, CharSpan cue, CharSpan speakerSpan, EntityRef speaker,
             EntityRef source, boolean anonymous, boolean attributed, String channel) {

    static Draft reported(CharSpan words, String rule) {
        return new Draft(words, Statement.Kind.REPORTED_SPEECH, rule, null, null, null, null, false, false, null);
    }

    static Draft direct(CharSpan words, String rule) {
        return new Draft(words, Statement.Kind.DIRECT_QUOTE, rule, null, null, null, null, false, false, null);
    }

    /** The same draft, one more rule in its name. */
    Draft by(String next) { return new Draft(words, kind, rule + "+" + next, cue, speakerSpan, speaker, source, anonymous, attributed, channel); }

    /** The same draft under another name. */
    Draft renamed(String name) { return new Draft(words, kind, name, cue, speakerSpan, speaker, source, anonymous, attributed, channel); }

    Draft cue(CharSpan c) { return new Draft(words, kind, rule, c, speakerSpan, speaker, source, anonymous, attributed, channel); }

    Draft channel(String c) { return new Draft(words, kind, rule, cue, speakerSpan, speaker, source, anonymous, attributed, c); }

    Draft speakerSpan(CharSpan s) { return new Draft(words, kind, rule, cue, s, speaker, source, anonymous, attributed, channel); }

    /** Decided: a source that is no person stays as it is. */
    Draft decided() { return new Draft(words, kind, rule, cue, speakerSpan, speaker, source, anonymous, true, channel); }

    /** The attribution applied: what it names replaces what the draft had; the draft is decided. */
    Draft with(Attribution a) {
        return new Draft(words, kind, rule, cue, a.speakerSpan(), a.speaker() != null ? a.speaker() : speaker,
                a.source() != null ? a.source() : source, anonymous || a.anonymous(), true, channel);
    }

    /** A source that is no person, named but not yet decided (a later step may still find a person). */
    Draft undecidedSource(EntityRef s, CharSpan span) {
        return new Draft(words, kind, rule, cue, span, speaker, s != null ? s : source, true, attributed, channel);
    }

    /** The person this unnamed source turns out to be (named later in the text). */
    Draft namedAs(EntityRef person, String step) {
        return new Draft(words, kind, rule + "+" + step, cue, speakerSpan, person, source, false, attributed, channel);
    }

    /** The speaker, source, cue and channel of another draft, as one more step: a quotation inside a reported clause, a chain. */
    Draft copiedFrom(Draft from, String step) {
        return new Draft(words, kind, rule + "+" + step, from.cue, from.speakerSpan, from.speaker, from.source, from.anonymous, true, from.channel);
    }

    /** The rule that proposed it: the first of its steps ("that-clause" of "that-clause+passive"). */
    String origin() { int plus = rule.indexOf('+'); return plus < 0 ? rule : rule.substring(0, plus); }

    /** The step that decided its source last: "verb-after-quote" of "quote+verb-after-quote". */
    String lastStep() { return rule.substring(rule.lastIndexOf('+') + 1); }

    /** The same draft without its last step (a later step takes its place). */
    Draft withoutLastStep() { return renamed(rule.contains("+") ? rule.substring(0, rule.lastIndexOf('+')) : rule); }

    /** Someone said it: a person, or a source that stands for none. */
    boolean hasSource() { return attributed || speaker != null || anonymous; }
}
