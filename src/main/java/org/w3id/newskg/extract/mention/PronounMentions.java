package org.w3id.newskg.extract.mention;

import java.util.List;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.MentionKind;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * Pronoun mentions of an article: a nominative personal pronoun of the lexicon ("sie", "he"), with its gender and
 * number, and the ordered ones ("the former", "Letzterer") when no noun follows them. A neuter pronoun alone ("es")
 * is none.
 */
final class PronounMentions extends MentionRun {
    PronounMentions(MentionRun run) { super(run); }

    void pronoun(Token t) {
        if (used[t.index()]) return;
        List<Lexicon.Pronoun> ps = lex.pronoun(t.text());
        if (ps.isEmpty()) return;
        boolean ordered = ps.stream().anyMatch(Lexicon.Pronoun::ordered);
        if (!t.is("PRON") && !(ordered && noNounAfter(t))) return;
        Lexicon.Pronoun p = ps.stream().filter(x -> x.grammaticalCase().equals("nom")).findFirst().orElse(null);
        if (p == null || ps.stream().filter(x -> x.grammaticalCase().equals("nom")).allMatch(x -> x.gender() == Gender.NEUTER)) return;
        boolean singularReading = ps.stream().anyMatch(x -> !x.plural() && x.grammaticalCase().equals("nom"));
        Gender g = ps.stream().filter(x -> !x.plural() && x.grammaticalCase().equals("nom")).map(Lexicon.Pronoun::gender).findFirst().orElse(Gender.UNKNOWN);
        boolean the = ordered && t.index() > 0 && toks.get(t.index() - 1).is("DET") && !used[t.index() - 1]
                && text.sentenceOf(t.index() - 1) == text.sentenceOf(t.index());   // "the former": the article is part of the mention
        TokenRange r = new TokenRange(the ? t.index() - 1 : t.index(), t.index() + 1);
        String order = ps.stream().map(Lexicon.Pronoun::order).filter(o -> !o.equals("-")).findFirst().orElse("-");
        pronouns.add(new PronounMention(new Mention(text.span(r), r, text.sentenceOf(t.index()).index(), MentionKind.PRONOUN, "pronoun"), g, !singularReading, order));
    }

    /** "the former said", "Letzterer sagte": no noun or adjective after ("the former president"). */
    boolean noNounAfter(Token t) {
        if (t.index() + 1 >= toks.size()) return true;
        Token n = toks.get(t.index() + 1);
        return !(n.is("NOUN") || n.isPropn() || n.is("ADJ") || n.is("NUM"));
    }
}
