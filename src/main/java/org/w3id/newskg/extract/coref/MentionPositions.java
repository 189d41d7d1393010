package org.w3id.newskg.extract.coref;

import java.util.Optional;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * Where a mention stands in its sentence, for the coreference rules: in subject position (no verb before it), after a
 * preposition ("nach Angaben von Trainer X"), or with no verb between two places ("sagte, Novak …" is no apposition).
 */
final class MentionPositions {
    private final AnnotatedText text;

    MentionPositions(AnnotatedText text) { this.text = text; }

    /** "nach Angaben von Trainer X", "with coach X": a preposition before the name, its title words aside. */
    boolean afterPreposition(People.Ref r) {
        Token last = null;
        for (Token t : text.tokens())
            if (t.span().end() <= r.span().begin()) last = t; else break;
        int i = last == null ? -1 : last.index();
        while (i >= 0 && (text.tokens().get(i).is("NOUN") || text.tokens().get(i).is("ADJ") || text.tokens().get(i).is("DET") || text.tokens().get(i).isPropn())) i--;
        return i >= 0 && text.tokens().get(i).is("ADP");
    }

    /** No verb between the sentence's start and the mention. */
    boolean subject(People.Ref r) {
        Optional<Sentence> sent = text.sentenceAt(r.span().begin());
        if (sent.isEmpty()) return false;
        for (Token t : sent.get().tokens()) {
            if (t.span().begin() >= r.span().begin()) return true;
            if (t.isVerbal()) return false;
        }
        return true;
    }

    /** "sagte, Novak …" is no apposition. */
    boolean noVerbBetween(int from, int to) {
        return text.tokens(text.tokensWithin(new CharSpan(from, to))).stream().noneMatch(Token::isVerbal);
    }
}
