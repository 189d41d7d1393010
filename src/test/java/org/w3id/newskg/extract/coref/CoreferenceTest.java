package org.w3id.newskg.extract.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.extract.doc.Doc;
import org.w3id.newskg.extract.doc.Quote;
import org.w3id.newskg.extract.doc.QuoteFinder;
import org.w3id.newskg.extract.mention.Mentions;
import org.w3id.newskg.extract.mention.PronounMention;
import org.w3id.newskg.extract.mention.TitleMention;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.MentionKind;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * Pronouns that are a speech verb's subject continue the running speaker ({@link SpeakerSalience}), issue 12 C;
 * other pronouns keep the nearest agreeing person. Hand-built texts ({@link Doc}, which spaces every token, so an
 * opening quotation mark is written onto its first word), no model.
 */
class CoreferenceTest {

    @Test
    void pronounAfterAQuotationIsTheRunningSpeakerNotAPersonNamedInside() {
        Doc d = Doc.en("Chancellor/PROPN Paul/PROPN Lund/PROPN spoke/VERB/speak to/ADP reporters/NOUN ./PUNCT",
                        "“We/PRON told/VERB/tell Tom/PROPN Briggs/PROPN everything/PRON ,/PUNCT ”/PUNCT he/PRON said/VERB/say ./PUNCT")
                .person("Paul Lund", Gender.MALE).person("Tom Briggs", Gender.MALE);
        assertEquals("Paul Lund", resolved(d, "he", "en"));
    }

    @Test
    void pronounAfterAQuotationIsNotAPersonNamedInWhatWasSaid() {
        Doc d = Doc.de("Bürgermeister/NOUN Karl/PROPN Weidler/PROPN wies/VERB/weisen den/DET Vorwurf/NOUN zurück/ADP ,/PUNCT die/DET Stadt/NOUN"
                                + " bevorzuge/VERB/bevorzugen den/DET Investor/NOUN Martin/PROPN Eckbauer/PROPN ./PUNCT",
                        "„Wir/PRON prüfen/VERB/prüfen jedes/DET Angebot/NOUN “/PUNCT ,/PUNCT sagte/VERB/sagen er/PRON ./PUNCT")
                .person("Karl Weidler", Gender.MALE).person("Martin Eckbauer", Gender.MALE);
        assertEquals("Karl Weidler", resolved(d, "er", "de"));
    }

    @Test
    void pronounAfterAPreposedClauseIsNotThePersonNamedInIt() {
        Doc d = Doc.en("Council/NOUN leader/NOUN Martin/PROPN Hale/PROPN spoke/VERB/speak after/ADP the/DET vote/NOUN ./PUNCT",
                        "As/SCONJ long/ADV as/SCONJ Governor/PROPN Tom/PROPN Briggs/PROPN refuses/VERB/refuse ,/PUNCT the/DET council/NOUN will/AUX"
                                + " block/VERB/block the/DET budget/NOUN ,/PUNCT he/PRON added/VERB/add ./PUNCT")
                .person("Martin Hale", Gender.MALE).person("Tom Briggs", Gender.MALE);
        assertEquals("Martin Hale", resolved(d, "he", "en"));
    }

    @Test
    void aFullStopTheSplitterMissedStartsASubjectAgain() {
        Doc d = Doc.de("Ein/DET Opfer/NOUN ,/PUNCT Jan/PROPN Rieder/PROPN ,/PUNCT ist/AUX verschwunden/VERB/verschwinden .Der/PUNCT/.der"
                                + " Forscher/NOUN Tim/PROPN Scholle/PROPN ist/AUX Greifswalder/NOUN ./PUNCT",
                        "Im/ADP+DET Interview/NOUN erklärte/VERB/erklären er/PRON :/PUNCT „Der/DET Anblick/NOUN ist/AUX schön/ADJ “/PUNCT")
                .person("Jan Rieder", Gender.MALE).person("Tim Scholle", Gender.MALE);
        assertEquals("Tim Scholle", resolved(d, "er", "de"));
    }

    @Test
    void pronounThatIsNoSpeechSubjectKeepsTheNearestPerson() {
        Doc d = Doc.en("Mayor/PROPN Paul/PROPN Lund/PROPN praised/VERB/praise Tom/PROPN Briggs/PROPN because/SCONJ he/PRON had/AUX worked/VERB/work"
                        + " hard/ADV ./PUNCT")
                .person("Paul Lund", Gender.MALE).person("Tom Briggs", Gender.MALE);
        assertEquals("Tom Briggs", resolved(d, "he", "en"));
    }

    @Test
    void spokespersonIsNotTheNextPersonNamedWithAnotherOffice() {
        Doc d = Doc.de("Die/DET Mannschaft/NOUN sei/AUX gut/ADJ vorbereitet/VERB/vorbereiten ,/PUNCT so/ADV der/DET Sprecher/NOUN des/DET Vereins/NOUN ./PUNCT",
                        "Trainer/NOUN Jonas/PROPN Weber/PROPN war/AUX nicht/PART zu/PART erreichen/VERB/erreichen ./PUNCT")
                .person("Jonas Weber", Gender.MALE);
        assertEquals("nobody", resolvedTitle(d, "Sprecher"));
    }

    @Test
    void titleBeforeAnyNameIsTheNextPersonNamed() {
        Doc d = Doc.de("Die/DET Mannschaft/NOUN sei/AUX gut/ADJ vorbereitet/VERB/vorbereiten ,/PUNCT so/ADV der/DET Trainer/NOUN ./PUNCT",
                        "Jonas/PROPN Weber/PROPN lobte/VERB/loben die/DET Abwehr/NOUN ./PUNCT")
                .person("Jonas Weber", Gender.MALE);
        assertEquals("Jonas Weber", resolvedTitle(d, "Trainer"));
    }

    /** The label of the person the German title {@code word} (its first occurrence, no country) resolves to. */
    private static String resolvedTitle(Doc d, String word) {
        Lexicon lex = Lexicon.of("de");
        AnnotatedText text = d.text();
        Token t = text.tokens().get(d.token(word));
        Mention m = new Mention(t.span(), new TokenRange(t.index(), t.index() + 1), text.sentenceOf(t.index()).index(), MentionKind.TITLE, "test");
        Mentions mentions = new Mentions(List.of(), List.of(new TitleMention(m, lex.title(word).orElseThrow(), word, java.util.Optional.empty())), List.of(), List.of());
        Coreference coref = new Coreference(w -> !lex.speechVerbs(w).isEmpty() || lex.isAttributionWord(w), lex::isIndefinite,
                (a, b) -> a.equals(b), (a, b) -> false, (title, country) -> java.util.Set.of(), s -> List.of());
        People people = coref.resolve(text, d.people(), mentions);
        return people.refs().stream().filter(r -> r.span().equals(t.span())).findFirst().map(r -> people.get(r.entity()).label()).orElse("nobody");
    }

    /** The label of the person the pronoun {@code word} (its first occurrence) resolves to. */
    private static String resolved(Doc d, String word, String lang) {
        Lexicon lex = Lexicon.of(lang);
        AnnotatedText text = d.text();
        Token t = text.tokens().get(d.token(word));
        Mention m = new Mention(t.span(), new TokenRange(t.index(), t.index() + 1), text.sentenceOf(t.index()).index(), MentionKind.PRONOUN, "test");
        Mentions mentions = new Mentions(List.of(), List.of(), List.of(new PronounMention(m, Gender.MALE, false, "-")), List.of());
        List<CharSpan> quotes = new QuoteFinder(lex.quoteMarks()).find(text.text()).stream().map(Quote::content).toList();
        if (text.text().contains("“") || text.text().contains("„")) assertFalse(quotes.isEmpty(), "no quotation found in: " + text.text());
        Coreference coref = new Coreference(w -> !lex.speechVerbs(w).isEmpty() || lex.isAttributionWord(w), lex::isIndefinite,
                (a, b) -> a.equals(b), (a, b) -> false, (title, country) -> java.util.Set.of(), s -> quotes);
        People people = coref.resolve(text, d.people(), mentions);
        return people.refs().stream().filter(r -> r.span().equals(t.span())).findFirst().map(r -> people.get(r.entity()).label()).orElse("nobody");
    }
}
