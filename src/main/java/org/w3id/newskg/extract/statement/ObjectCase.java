package org.w3id.newskg.extract.statement;

import java.util.List;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.Lexicon.WordClass;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * Whether a German phrase stands in the dative or accusative, which is no speaker: its article, found back over
 * adjectives, numbers, a role noun or a title ("dem Richter Jonas Brenner", "den 18 Mitarbeitern", "einem Sprecher"),
 * or a pronoun at its start ("ihm") is an object's; "der" before an adjective in -en ("der örtlichen Polizei") or
 * before a woman's title ("der Bürgermeisterin") is a dative or genitive, never a nominative. Other languages: never.
 *
 * {@snippet :
 * new ObjectCase(doc).test(span);   // "Der Beirat hat der Bürgermeisterin erklärt" → true for "der Bürgermeisterin"
 * }
 */
final class ObjectCase {
    /** The article is looked for at most this many words before the phrase. */
    private static final int REACH = 4;

    private final AnnotatedText text;
    private final List<Token> toks;
    private final Lexicon lex;

    ObjectCase(ArticleDoc doc) {
        this.text = doc.annotated();
        this.toks = text.tokens();
        this.lex = doc.lex();
    }

    boolean test(CharSpan mention) {
        if (!lex.lang().equals("de")) return false;
        TokenRange tr = text.tokensWithin(mention);
        if (tr.size() == 0) return false;
        int i = tr.begin();
        Sentence sent = text.sentenceOf(i);
        while (i > sent.range().begin() && tr.begin() - i < REACH) {   // back to the phrase's article
            Token before = toks.get(i - 1);
            if (!(before.is("ADJ") || before.is("DET") || before.is("NUM") || before.is("NOUN") || lex.title(before.text()).isPresent())) break;
            i--;
            if (before.is("DET")) break;
        }
        return lex.is(WordClass.OBJECT_ARTICLE, toks.get(i).text()) || lex.is(WordClass.OBJECT_ARTICLE, toks.get(tr.begin()).text())
                || derNotNominative(i, tr.end());
    }

    /**
     * "der" is no nominative before an adjective in -en ("Der englischsprachigen Zeitung sagte X"; "der örtliche
     * Polizeichef" is one) or before a woman's title ("der Bürgermeisterin"; "die Bürgermeisterin" is one).
     */
    private boolean derNotNominative(int i, int end) {
        if (i + 1 >= end || !toks.get(i).text().equalsIgnoreCase("der")) return false;
        Token next = toks.get(i + 1);
        boolean weakAdjective = next.is("ADJ") && i + 2 <= end && next.text().endsWith("en") && Character.isLowerCase(next.text().charAt(0));
        return weakAdjective || lex.title(next.text()).filter(t -> t.gender() == Gender.FEMALE).isPresent();
    }
}
