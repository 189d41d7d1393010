package org.w3id.newskg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The revisions over all statements ({@link Revision}), one table each: {@code repeated} (a quotation said again
 * further down is the words of whoever says them there) and {@code named-later} (an unnamed source named in an
 * apposition soon after), {@code document-source} (a text named after "in"/"auf" is the source of "heißt es" or of
 * a passive without an agent), {@code impersonal-source} ("hieß es", "man": an unnamed source without words). Columns as in {@link VerbComplementTest}.
 */
class RevisionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de a teaser said again below;      de; „ Es/PRON ist/AUX/sein jetzt/ADV endgültig/ADJ aus/ADP “ ¶ Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen am/ADP+DET Abend/NOUN : „ Es/PRON ist/AUX/sein jetzt/ADV endgültig/ADJ aus/ADP . “;  Petra Holm:f;  D:Petra Holm:Es ist jetzt endgültig aus.{quote+verb-before-quote} | D:Petra Holm:Es ist jetzt endgültig aus{quote+repeated};  D:Petra Holm:Es ist jetzt endgültig aus.{quote+verb-before-quote}
            de too short to tell;              de; „ Es/PRON ist/AUX/sein aus/ADP “ ¶ Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen am/ADP+DET Abend/NOUN : „ Es/PRON ist/AUX/sein aus/ADP . “;  Petra Holm:f;  D:Petra Holm:Es ist aus.{quote+verb-before-quote};
            de its own speaker stays;          de; Tom/PROPN Novak/PROPN lobte/VERB/loben den/DET Plan/NOUN . ¶ „ Der/DET Plan/NOUN ist/AUX/sein ein/DET großer/ADJ Fehler/NOUN “ , sagte/VERB/sagen Tom/PROPN Novak/PROPN . ¶ Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN widersprach/VERB/widersprechen : „ Der/DET Plan/NOUN ist/AUX/sein ein/DET großer/ADJ Fehler/NOUN . “;  Tom Novak:m, Petra Holm:f;  D:Petra Holm:Der Plan ist ein großer Fehler.{quote+verb-before-quote} | D:Tom Novak:Der Plan ist ein großer Fehler{quote+verb-after-quote};
            en a teaser said again below;      en; “ The/DET plan/NOUN is/AUX/be a/DET big/ADJ mistake/NOUN ” ¶ Minister/PROPN Petra/PROPN Holm/PROPN said/VERB/say on/ADP Monday/PROPN : “ Let/VERB/let me/PRON be/AUX/be clear/ADJ : the/DET plan/NOUN is/AUX/be a/DET big/ADJ mistake/NOUN . ”;  Petra Holm:f;  D:Petra Holm:Let me be clear: the plan is a big mistake.{quote+verb-before-quote} | D:Petra Holm:The plan is a big mistake{quote+repeated};  D:Petra Holm:Let me be clear: the plan is a big mistake.{quote+verb-before-quote}
            en too short to tell;              en; “ It/PRON is/AUX/be over/ADV ” ¶ Minister/PROPN Petra/PROPN Holm/PROPN said/VERB/say on/ADP Monday/PROPN : “ It/PRON is/AUX/be over/ADV . ”;  Petra Holm:f;  D:Petra Holm:It is over.{quote+verb-before-quote};
            """)
    void repeated(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(RepeatedQuote.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de ein Beamter, then der Beamte X; de; Ein/DET hochrangiger/ADJ Beamter/NOUN sagte/VERB/sagen , die/DET Zölle/NOUN hätten/AUX/haben das/DET Gespräch/NOUN bestimmt/VERB/bestimmen . || Der/DET Beamte/NOUN , Staatssekretär/NOUN Martin/PROPN Lévesque/PROPN , fügte/VERB/hinzufügen hinzu/ADP , man/PRON habe/AUX/haben keine/DET Frist/NOUN verlangt/VERB/verlangen .;  Martin Lévesque:m;  R:Martin Lévesque:die Zölle hätten das Gespräch bestimmt{zero-clause+named-later} | R:Martin Lévesque:man habe keine Frist verlangt{zero-clause};  R:-:die Zölle hätten das Gespräch bestimmt{zero-clause} | R:Martin Lévesque:man habe keine Frist verlangt{zero-clause}
            de named too far on;               de; Ein/DET hochrangiger/ADJ Beamter/NOUN sagte/VERB/sagen , die/DET Zölle/NOUN hätten/AUX/haben das/DET Gespräch/NOUN bestimmt/VERB/bestimmen . || Die/DET Straße/NOUN ist/AUX/sein neu/ADJ . || Die/DET Brücke/NOUN ist/AUX/sein alt/ADJ . || Der/DET Beamte/NOUN , Staatssekretär/NOUN Martin/PROPN Lévesque/PROPN , kam/VERB/kommen später/ADV .;  Martin Lévesque:m;  R:-:die Zölle hätten das Gespräch bestimmt{zero-clause};
            de named without the noun;         de; Ein/DET hochrangiger/ADJ Beamter/NOUN sagte/VERB/sagen , die/DET Zölle/NOUN hätten/AUX/haben das/DET Gespräch/NOUN bestimmt/VERB/bestimmen . || Später/ADV sprach/VERB/sprechen Staatssekretär/NOUN Martin/PROPN Lévesque/PROPN .;  Martin Lévesque:m;  R:-:die Zölle hätten das Gespräch bestimmt{zero-clause};
            en an official, then the official X; en; A/DET senior/ADJ official/NOUN said/VERB/say the/DET duties/NOUN had/AUX/have dominated/VERB/dominate the/DET call/NOUN . || The/DET official/NOUN , deputy/ADJ minister/NOUN Martin/PROPN Lévesque/PROPN , added/VERB/add that/SCONJ no/DET deadline/NOUN had/AUX/have been/AUX/be set/VERB/set .;  Martin Lévesque:m;  R:Martin Lévesque:no deadline had been set{that-clause} | R:Martin Lévesque:the duties had dominated the call{zero-clause+named-later};  R:-:the duties had dominated the call{zero-clause} | R:Martin Lévesque:no deadline had been set{that-clause}
            en named without the noun;         en; A/DET senior/ADJ official/NOUN said/VERB/say the/DET duties/NOUN had/AUX/have dominated/VERB/dominate the/DET call/NOUN . || Later/ADV , deputy/ADJ minister/NOUN Martin/PROPN Lévesque/PROPN spoke/VERB/speak .;  Martin Lévesque:m;  R:-:the duties had dominated the call{zero-clause};
            """)
    void namedLater(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(NamedLater.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de im Bericht heißt es;            de; Im/ADP+DET Bericht/NOUN der/DET Kämmerei/NOUN heißt/VERB/heißen es/PRON , die/DET Stadt/NOUN habe/AUX/haben zu/ADV wenig/ADJ Geld/NOUN .;  ;  R:-:die Stadt habe zu wenig Geld{zero-clause+document-source};  R:-:die Stadt habe zu wenig Geld{zero-clause+impersonal-source}
            de in a passive without agent;     de; In/ADP einer/DET Mitteilung/NOUN des/DET Vereins/NOUN wurde/AUX/werden bestätigt/VERB/bestätigen , dass/SCONJ der/DET Trainer/NOUN bleibt/VERB/bleiben .;  ;  R:-:der Trainer bleibt{that-clause+passive+document-source};  R:-:der Trainer bleibt{that-clause+passive}
            de a place is no text;             de; In/ADP Hagen/PROPN heißt/VERB/heißen es/PRON , die/DET Stadt/NOUN habe/AUX/haben zu/ADV wenig/ADJ Geld/NOUN .;  ;  R:-:die Stadt habe zu wenig Geld{zero-clause+impersonal-source};
            """)
    void documentSource(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(DocumentSource.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de Konjunktiv after a quotation;   de; Die/DET Trainerin/NOUN Anna/PROPN Roth/PROPN bezeichnete/VERB/bezeichnen das/DET Spiel/NOUN als/ADP „/PUNCT Kampf/NOUN “/PUNCT ./PUNCT ¶ „/PUNCT Wir/PRON haben/AUX/haben gekämpft/VERB/kämpfen . || Der/DET Sieg/NOUN ist/AUX/sein verdient/ADJ ./PUNCT “/PUNCT ¶ Die/DET Abwehr/NOUN sei/AUX/sein sicher/ADJ gewesen/AUX/sein .;  Anna Roth:f;  D:Anna Roth:Kampf{quote+naming} | D:Anna Roth:Wir haben gekämpft. Der Sieg ist verdient.{quote+quote-run} | R:Anna Roth:Die Abwehr sei sicher gewesen{konjunktiv-chain+alone+after-quotation};  D:Anna Roth:Kampf{quote+naming} | D:Anna Roth:Wir haben gekämpft. Der Sieg ist verdient.{quote+quote-run}
            """)
    void afterQuotation(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(AfterQuotation.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de hieß es after the clause;       de; Die/DET Halle/NOUN bleibe/VERB/bleiben geschlossen/ADJ , hieß/VERB/heißen es/PRON .;  ;  R:-:Die Halle bleibe geschlossen{preposed-clause+impersonal-source};  R:-:Die Halle bleibe geschlossen{preposed-clause}
            de geht man davon aus;             de; Im/ADP+DET Rathaus/NOUN geht/VERB/gehen man/PRON davon/ADV aus/ADP , dass/SCONJ die/DET Brücke/NOUN hält/VERB/halten .;  ;  R:-:die Brücke hält{that-clause+impersonal-source};  R:-:die Brücke hält{that-clause}
            de a group keeps its words;        de; Die/DET Feuerwehr/NOUN teilte/VERB/mitteilen mit/ADP , die/DET Straße/NOUN sei/AUX/sein frei/ADJ .;  ;  R:-:die Straße sei frei{zero-clause};
            """)
    void impersonalSource(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ImpersonalSource.NAME, lang, text, entities, expected, without);
    }

    @Test
    void impersonalWords() {
        assertEquals("- | Die Feuerwehr", Fixture.of("de", "Die/DET Halle/NOUN bleibe/VERB/bleiben geschlossen/ADJ , hieß/VERB/heißen es/PRON . || "
                + "Die/DET Feuerwehr/NOUN teilte/VERB/mitteilen mit/ADP , die/DET Straße/NOUN sei/AUX/sein frei/ADJ .").speakerWords(StatementRules.of("de")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de the text without its preposition; de; Auf/ADP der/DET Webseite/NOUN des/DET Vereins/NOUN heißt/VERB/heißen es/PRON , der/DET Trainer/NOUN bleibe/VERB/bleiben .;  der Webseite des Vereins
            de in einem Urteil;                  de; In/ADP dem/DET Urteil/NOUN heißt/VERB/heißen es/PRON , der/DET Angeklagte/NOUN habe/AUX/haben gelogen/VERB/lügen .;  dem Urteil
            de no text: es names no one;         de; Damals/ADV hieß/VERB/heißen es/PRON , der/DET Trainer/NOUN bleibe/VERB/bleiben .;  -
            """)
    void documentSourceWords(String name, String lang, String text, String words) {
        assertEquals(words, Fixture.of(lang, text).speakerWords(StatementRules.of(lang)));
    }
}
