package org.w3id.newskg.extract.statement;

import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Event;
import org.w3id.newskg.model.EventRef;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.model.Token;

/**
 * Where a statement was made and what it is about: the channel a phrase of its sentence names ("in seiner Rede",
 * "told the BBC", "auf Telegram", channels.tsv), and the event whose mention stands in its words or sentence.
 */
final class Channels {
    private Channels() {}

    /** The channel of the statement's sentence (the cue's, else the words'), outside its reported words. */
    static Optional<String> of(Context c, Draft d) {
        Optional<Sentence> sent = c.doc.annotated().sentenceAt(d.cue() != null ? d.cue().begin() : d.words().begin());
        if (sent.isEmpty()) return Optional.empty();
        return in(c, sent.get(), d.kind() == Statement.Kind.REPORTED_SPEECH ? d.words() : null);
    }

    /** The channel a phrase of the sentence names, outside quotations and {@code skip}. */
    static Optional<String> in(Context c, Sentence sent, CharSpan skip) {
        List<Token> st = sent.tokens();
        for (Lexicon.ChannelPattern p : c.lex.channelPatterns()) {
            for (int k = 0; k + p.words().size() <= st.size(); k++) {
                if (skip != null && skip.covers(st.get(k).span())) continue;
                boolean ok = true;
                for (int i = 0; i < p.words().size() && ok; i++) {
                    String w = st.get(k + i).text().toLowerCase(java.util.Locale.ROOT);
                    String pw = p.words().get(i);
                    ok = pw.equals("*") || pw.equals("+") && st.get(k + i).isCapitalised() || w.equals(pw) || p.words().size() == 1 && pw.length() >= 5 && w.contains(pw);
                }
                if (ok && !c.doc.insideQuote(st.get(k).span())) return Optional.of(p.channel());
            }
        }
        return Optional.empty();
    }

    /** The event a mention of which stands in the statement's words or sentence; the only event, if its words name an event noun. */
    static Optional<EventRef> about(Context c, Draft d, List<Event> events) {
        Optional<Sentence> sent = c.doc.annotated().sentenceAt(d.words().begin());
        for (Event e : events)
            for (CharSpan m : e.mentions())
                if (d.words().covers(m) || sent.isPresent() && sent.get().span().covers(m)) return Optional.of(e.ref());
        if (events.size() == 1)
            for (Token t : c.doc.annotated().tokens(c.doc.annotated().tokensWithin(d.words())))
                if (c.lex.eventNoun(t.text()).isPresent()) return Optional.of(events.getFirst().ref());
        return Optional.empty();
    }
}
