package org.w3id.newskg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.extract.doc.ArticleDoc;
import org.w3id.newskg.model.CharSpan;

/**
 * The words that stand for a speaker ({@link SourcePhrase#around}), model-free: the name or noun a sieve found, then
 * the phrase written around it. Columns: case; tagged text (as in {@link Fixture}); the words found; whether they
 * name a person; the phrase expected.
 */
class SourcePhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            role with von before the name;   Der/DET Bürgermeister/NOUN von/ADP Hagen/PROPN ,/PUNCT Erik/PROPN Sommer/PROPN ,/PUNCT kündigte/VERB/kündigen an/ADP ,/PUNCT die/DET Halle/NOUN werde/AUX/werden saniert/VERB/sanieren .;  Erik Sommer;  true;  Der Bürgermeister von Hagen, Erik Sommer
            quoted firm in the role;         Der/DET Geschäftsführer/NOUN von/ADP „ Metallbau/PROPN Nord/PROPN “ ,/PUNCT Karl/PROPN Brandt/PROPN ,/PUNCT sagte/VERB/sagen ,/PUNCT die/DET Firma/NOUN wachse/VERB/wachsen .;  Karl Brandt;  true;  Der Geschäftsführer von „Metallbau Nord“, Karl Brandt
            role with für after the name;    Ina/PROPN Lorenz/PROPN ,/PUNCT die/DET Leiterin/NOUN der/DET Beratungsstelle/NOUN für/ADP Suchtfragen/NOUN ,/PUNCT sagte/VERB/sagen ,/PUNCT die/DET Zahlen/NOUN stiegen/VERB/steigen .;  Ina Lorenz;  true;  Ina Lorenz, die Leiterin der Beratungsstelle für Suchtfragen
            quoted name after a noun;        Die/DET Zeitung/NOUN „ Hagener/PROPN Rundschau/PROPN “ berichtete/VERB/berichten ,/PUNCT der/DET Rat/NOUN sei/AUX/sein zerstritten/ADJ .;  Zeitung;  false;  Die Zeitung „Hagener Rundschau“
            short form in brackets;          Das/DET Landeskriminalamt/NOUN ( LKA/PROPN ) teilte/VERB/teilen mit/ADP ,/PUNCT die/DET Täter/NOUN seien/AUX/sein gefasst/VERB/fassen .;  LKA;  false;  Das Landeskriminalamt (LKA)
            split adjective before a title;  Die/DET US/PROPN -amerikanische/PUNCT Richterin/NOUN Maria/PROPN Lopez/PROPN sagte/VERB/sagen ,/PUNCT das/DET Urteil/NOUN gelte/VERB/gelten .;  Maria Lopez;  true;  Die US-amerikanische Richterin Maria Lopez
            age adjective before a title;    Der/DET 64-jährige/PROPN Trainer/NOUN Olaf/PROPN Brück/PROPN sagte/VERB/sagen ,/PUNCT er/PRON höre/VERB/hören auf/ADP .;  Olaf Brück;  true;  Der 64-jährige Trainer Olaf Brück
            role with more attributes;       Der/DET Sprecher/NOUN der/DET Arbeitgeber/NOUN im/ADP+DET Aufsichtsrat/NOUN der/DET Stadtwerke/NOUN ,/PUNCT Peter/PROPN Kranz/PROPN ,/PUNCT hat/AUX/haben gefordert/VERB/fordern ,/PUNCT dass/SCONJ die/DET Preise/NOUN steigen/VERB/steigen .;  Peter Kranz;  true;  Der Sprecher der Arbeitgeber im Aufsichtsrat der Stadtwerke, Peter Kranz
            genitive without article;        Der/DET Verband/NOUN kommunaler/ADJ Unternehmen/NOUN teilte/VERB/teilen mit/ADP ,/PUNCT die/DET Preise/NOUN stiegen/VERB/steigen .;  Verband;  false;  Der Verband kommunaler Unternehmen
            genitive of a quoted name;       Die/DET Sprecherin/NOUN der/DET „ Hagener/PROPN Rundschau/PROPN “ sagte/VERB/sagen ,/PUNCT der/DET Rat/NOUN tage/VERB/tagen .;  Sprecherin;  false;  Die Sprecherin der „Hagener Rundschau“
            laut read as an adjective;       Die/DET Schulden/NOUN sind/AUX/sein laut/ADJ Finanzminister/NOUN Peter/PROPN Brandt/PROPN gestiegen/VERB/steigen .;  Peter Brandt;  true;  Finanzminister Peter Brandt
            plain name stays;                Olaf/PROPN Brück/PROPN sagte/VERB/sagen ,/PUNCT er/PRON höre/VERB/hören auf/ADP .;  Olaf Brück;  true;  Olaf Brück
            title read as a name, genitive;  Der/DET Sportdirektor/PROPN der/DET Hagener/PROPN Eintracht/PROPN ,/PUNCT Lars/PROPN Kühn/PROPN ,/PUNCT sagte/VERB/sagen ,/PUNCT der/DET Kader/NOUN stehe/VERB/stehen .;  Lars Kühn;  true;  Der Sportdirektor der Hagener Eintracht, Lars Kühn
            role with prepositions after;    Mira/PROPN Kolb/PROPN ,/PUNCT Professorin/NOUN am/ADP+DET Institut/NOUN für/ADP Geologie/NOUN in/ADP Hagen/PROPN ,/PUNCT sagte/VERB/sagen ,/PUNCT der/DET Damm/NOUN halte/VERB/halten .;  Mira Kolb;  true;  Mira Kolb, Professorin am Institut für Geologie in Hagen
            two roles after the name;        Kurt/PROPN Seiler/PROPN ,/PUNCT Präsident/NOUN der/DET Hochschule/NOUN Kassel/PROPN und/CCONJ Vorsitzender/NOUN der/DET Rektorenkonferenz/NOUN ,/PUNCT sagte/VERB/sagen ,/PUNCT die/DET Gebühren/NOUN seien/AUX/sein hoch/ADJ .;  Kurt Seiler;  true;  Kurt Seiler, Präsident der Hochschule Kassel und Vorsitzender der Rektorenkonferenz
            coordinated subject first;       Die/DET Stadtwerke/NOUN und/CCONJ der/DET Kreis/NOUN teilten/VERB/teilen mit/ADP ,/PUNCT die/DET Preise/NOUN stiegen/VERB/steigen .;  Kreis;  false;  Die Stadtwerke und der Kreis
            name after an article-led role;  Der/DET Radiosender/PROPN ,/PUNCT Radio/PROPN Nordland/PROPN ,/PUNCT meldete/VERB/melden ,/PUNCT die/DET Auflage/NOUN sei/AUX/sein erschienen/VERB/erscheinen .;  Radiosender;  false;  Der Radiosender, Radio Nordland
            split adjective in a genitive;   Nach/ADP Auffassung/NOUN der/DET rot/ADJ -grünen/PUNCT Politiker/NOUN verstößt/VERB/verstoßen das/DET Gesetz/NOUN gegen/ADP das/DET Recht/NOUN .;  Auffassung;  false;  Auffassung der rot-grünen Politiker
            clause after the name stays out; Kurt/PROPN Seiler/PROPN ,/PUNCT Präsident/NOUN der/DET Hochschule/NOUN ,/PUNCT der/PRON zurücktritt/VERB/zurücktreten ,/PUNCT sagte/VERB/sagen ,/PUNCT die/DET Gebühren/NOUN seien/AUX/sein hoch/ADJ .;  Kurt Seiler;  true;  Kurt Seiler, Präsident der Hochschule
            adjective role before the name;  Die/DET Landesvorsitzende/ADJ des/DET Lehrerverbands/NOUN ,/PUNCT Karin/NOUN Brosche/PROPN ,/PUNCT kritisierte/VERB/kritisieren ,/PUNCT die/DET Klassen/NOUN seien/AUX/sein zu/ADV groß/ADJ .;  Karin Brosche;  true;  Die Landesvorsitzende des Lehrerverbands, Karin Brosche
            role, no comma before the verb;  Jonas/PROPN Pfeifer/PROPN ,/PUNCT Sekretär/NOUN des/DET Sportvereins/NOUN sagte/VERB/sagen ,/PUNCT alle/DET Spieler/NOUN hätten/AUX/haben sich/PRON entschuldigt/VERB/entschuldigen .;  Jonas Pfeifer;  true;  Jonas Pfeifer, Sekretär des Sportvereins
            adjective read at the start;     Gestern/ADV sagte/VERB/sagen Karin/PROPN Brosche/PROPN ,/PUNCT die/DET Klassen/NOUN seien/AUX/sein zu/ADV groß/ADJ .;  Karin Brosche;  true;  Karin Brosche
            """)
    void around(String name, String text, String words, boolean person, String expected) {
        ArticleDoc doc = Fixture.of("de", text).doc();
        String t = doc.text();
        int at = t.indexOf(words);
        CharSpan mention = new CharSpan(at, at + words.length());
        CharSpan statement = new CharSpan(t.lastIndexOf(", ") + 2, t.length() - 1);
        assertEquals(expected, new SourcePhrase(doc).around(mention, statement, person).in(t));
    }

    /**
     * Whose words the rules take as the speaker's: an object in the dative with a number ("den 18 Mitarbeitern") or an
     * organisation after "gegenüber"/"mit" is never the speaker. Columns: case; tagged text; entities; words expected.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            dative with a number;            Verlagsleiter/NOUN Lutz/PROPN Berger/PROPN hatte/AUX/haben den/DET 18/NUM Mitarbeitern/NOUN erklärt/VERB/erklären ,/PUNCT dass/SCONJ die/DET Ausgabe/NOUN die/DET letzte/ADJ sei/AUX/sein .;  Lutz Berger:m;  Verlagsleiter Lutz Berger
            organisation after gegenüber;    Anwohner/NOUN haben/AUX/haben gegenüber/ADP der/DET Kreiszeitung/PROPN ausgesagt/VERB/aussagen ,/PUNCT dass/SCONJ der/DET Lärm/NOUN unerträglich/ADJ sei/AUX/sein .;  Kreiszeitung:org;  Anwohner
            organisation after mit;          Die/DET Polizei/NOUN bestätigte/VERB/bestätigen im/ADP+DET Gespräch/NOUN mit/ADP Radio/PROPN Hagen/PROPN ,/PUNCT dass/SCONJ der/DET Täter/NOUN gefasst/VERB/fassen sei/AUX/sein .;  Radio Hagen:org;  Die Polizei
            object before the participle;    Bürgermeisterin/NOUN Jana/PROPN Roth/PROPN hatte/AUX/haben Tom/PROPN Kranz/PROPN aufgefordert/VERB/auffordern ,/PUNCT sein/DET Mandat/NOUN niederzulegen/VERB/niederlegen .;  Jana Roth:f, Tom Kranz:m;  Bürgermeisterin Jana Roth
            object, subject unnamed;         Die/DET Anwälte/NOUN haben/AUX/haben der/DET Richterin/NOUN Eva/PROPN Lang/PROPN vorgeworfen/VERB/vorwerfen ,/PUNCT Beweise/NOUN unterdrückt/VERB/unterdrücken zu/PART haben/AUX/haben .;  Eva Lang:f;  Die Anwälte
            role and an unknown name before; Der/DET Sprecher/NOUN des/DET Hilfswerks/NOUN ,/PUNCT Tomas/PROPN Pirelli/PROPN ,/PUNCT teilte/VERB/teilen mit/ADP ,/PUNCT dass/SCONJ die/DET Hilfe/NOUN ankomme/VERB/ankommen .;  ;  Der Sprecher des Hilfswerks, Tomas Pirelli
            apposition after a source phrase; Nach/ADP Angaben/NOUN des/DET Direktors/NOUN der/DET Fluggesellschaft/NOUN ,/PUNCT Jens/PROPN Irwin/PROPN ,/PUNCT ist/AUX/sein niemand/PRON verletzt/VERB/verletzen worden/AUX/werden .;  Jens Irwin:m;  Angaben des Direktors der Fluggesellschaft, Jens Irwin
            ordinal full stop in a date;     Die/DET Regierung/NOUN Nordlands/PROPN hat/AUX/haben am/ADP+DET 25/NUM ./PUNCT November/PROPN angekündigt/VERB/ankündigen ,/PUNCT eine/DET Kommission/NOUN zu/PART gründen/VERB/gründen .;  ;  Die Regierung Nordlands
            demnach stands for the source;   Die/DET Polizei/NOUN teilte/VERB/teilen mit/ADP ,/PUNCT der/DET Täter/NOUN sei/AUX/sein gefasst/VERB/fassen ./PUNCT || Demnach/ADV habe/AUX/haben er/PRON gestanden/VERB/gestehen .;  ;  Die Polizei | Demnach
            pronoun after the finite verb;   Die/DET Bürger/NOUN forderte/VERB/fordern er/PRON anschließend/ADV auf/ADP ,/PUNCT zur/ADP+DET Wahl/NOUN zu/PART gehen/VERB/gehen .;  ;  er
            role in apposition, no subject;  Lothar/PROPN Wenzel/PROPN ,/PUNCT Ordnungsdezernent/PROPN der/DET Stadt/NOUN Hagen/PROPN ,/PUNCT sagte/VERB/sagen ,/PUNCT die/DET Lage/NOUN sei/AUX/sein ernst/ADJ .;  Lothar Wenzel:m;  Lothar Wenzel, Ordnungsdezernent der Stadt Hagen
            fronted noun phrase subject;     Das/DET Gutachten/NOUN kritisierte/VERB/kritisieren die/DET Pläne/NOUN von/ADP Tom/PROPN Kranz/PROPN ,/PUNCT dass/SCONJ die/DET Kosten/NOUN fehlten/VERB/fehlen .;  Tom Kranz:m;  Das Gutachten
            fronted pronoun subject;         Sie/PRON drängten/VERB/drängen den/DET Bürgermeister/NOUN Tom/PROPN Kranz/PROPN ,/PUNCT die/DET Straße/NOUN zu/PART sperren/VERB/sperren .;  Tom Kranz:m;  Sie
            fronted object, name after verb; Die/DET Vorwürfe/NOUN wies/VERB/weisen Ministerin/NOUN Jana/PROPN Roth/PROPN zurück/ADP ,/PUNCT sie/PRON habe/AUX/haben nichts/PRON gewusst/VERB/wissen .;  Jana Roth:f;  Ministerin Jana Roth
            wie-clause, unnamed source;      Die/DET Strecke/NOUN bleibe/VERB/bleiben gesperrt/ADJ ,/PUNCT wie/SCONJ die/DET Bahn/NOUN am/ADP+DET Montag/NOUN mitteilte/VERB/mitteilen .;  ;  die Bahn
            unnamed subject after auxiliary; Vor/ADP kurzem/ADJ hatte/AUX/haben ein/DET Taxifahrer/NOUN erklärt/VERB/erklären ,/PUNCT die/DET Straße/NOUN sei/AUX/sein gesperrt/VERB/sperren .;  ;  ein Taxifahrer
            subject after the auxiliary;     Gestern/ADV hatte/AUX/haben Trainer/NOUN Uwe/PROPN Stein/PROPN die/DET Spieler/NOUN aufgefordert/VERB/auffordern ,/PUNCT ruhig/ADJ zu/PART bleiben/VERB/bleiben .;  Uwe Stein:m;  Trainer Uwe Stein
            preposition read as a noun;      Angesichts/NOUN der/DET Lage/NOUN teilte/VERB/teilen ein/DET Sprecher/NOUN der/DET Feuerwehr/NOUN mit/ADP ,/PUNCT die/DET Straße/NOUN bleibe/VERB/bleiben gesperrt/ADJ .;  ;  ein Sprecher der Feuerwehr
            preposition read as a pronoun;   Bezüglich/PRON des/DET Termins/NOUN meldete/VERB/melden die/DET Agentur/NOUN Nordpress/PROPN ,/PUNCT das/DET Spiel/NOUN falle/VERB/fallen aus/ADP .;  Nordpress:org;  die Agentur Nordpress
            time with a number in a phrase;  Um/ADP 10:05/NUM Uhr/NOUN MESZ/PROPN meldete/VERB/melden die/DET Zeitung/NOUN Nordpost/PROPN ,/PUNCT der/DET Trainer/NOUN gehe/VERB/gehen .;  MESZ:org, Nordpost:org;  die Zeitung Nordpost
            adverb read as a noun;           Unterdessen/NOUN verlangen/VERB/verlangen die/DET Anwohner/NOUN ,/PUNCT dass/SCONJ die/DET Straße/NOUN gesperrt/VERB/sperren werde/AUX/werden .;  ;  die Anwohner
            adverb read as a name;           Derweil/PROPN rief/VERB/rufen der/DET Verband/NOUN dazu/ADV auf/ADP ,/PUNCT ruhig/ADJ zu/PART bleiben/VERB/bleiben .;  ;  der Verband
            dative person, subordinate;      Nachdem/SCONJ die/DET Anwältin/NOUN dem/DET Richter/NOUN Jonas/PROPN Brenner/PROPN mitgeteilt/VERB/mitteilen hatte/AUX/haben ,/PUNCT dass/SCONJ der/DET Mann/NOUN gesucht/VERB/suchen werde/AUX/werden ,/PUNCT ging/VERB/gehen sie/PRON .;  Jonas Brenner:m;  die Anwältin
            der before a woman's title;      Der/DET Beirat/NOUN hat/AUX/haben der/DET Bürgermeisterin/NOUN Eva/PROPN Kranz/PROPN erklärt/VERB/erklären ,/PUNCT dass/SCONJ die/DET Räume/NOUN zu/ADV klein/ADJ seien/AUX/sein .;  Eva Kranz:f;  Der Beirat
            """)
    void speakerWords(String name, String text, String entities, String expected) {
        assertEquals(expected, Fixture.of("de", text).entities(entities).speakerWords(StatementRules.german()));
    }

    /** English: a time after "said" is no subject standing for the speaker ("said today that …"). Columns as above. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            time after the verb;             She/PRON said/VERB/say today/NOUN that/SCONJ the/DET plant/NOUN would/AUX close/VERB/close ./PUNCT;  ;  She
            """)
    void englishSpeakerWords(String name, String text, String entities, String expected) {
        assertEquals(expected, Fixture.of("en", text).entities(entities).speakerWords(StatementRules.english()));
    }
}
