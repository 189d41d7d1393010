package org.w3id.newskg.model;

import java.util.Optional;

/**
 * One direct quotation or piece of reported speech.
 *
 * @param index        position among the article's statements (stable for the same input)
 * @param words        the statement's words, without quotation marks
 * @param speakerSpan  the words that name or stand for the speaker here ("sie", "der Minister")
 * @param speaker      the person who said it; empty for organisations, groups and unnamed sources
 * @param source       an organisation or country given as the source instead of a person
 * @param cue          the words that signal the speech ("sagte", "laut")
 * @param channel      where it was said ("Telegram", "X"), canonical
 * @param about        the event it is about
 * @param rule         the rules that found it and chose its speaker, e.g. "quote+verb-after-quote"
 */
public record Statement(int index, Kind kind, CharSpan words, Optional<CharSpan> speakerSpan, Optional<EntityRef> speaker,
                        Optional<EntityRef> source, Optional<CharSpan> cue, Optional<String> channel,
                        Optional<EventRef> about, String rule) {
    public enum Kind { DIRECT_QUOTE, REPORTED_SPEECH }

    public Statement {
        if (kind == null || words == null || rule == null) throw new IllegalArgumentException("incomplete statement at " + words);
        if (words.isEmpty()) throw new IllegalArgumentException("empty statement at " + words);
    }
}
