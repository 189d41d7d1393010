package org.w3id.newskg.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sentence rules ({@link StatementRule}), one table each: {@code noun-complement}, {@code wie-clause}, {@code
 * reportive-sollen}, {@code attribution-phrase} (with {@link NachPhrase}), {@code headline}, {@code next-sentence}, {@code anaphoric-claim},
 * {@code speaker-block}, {@code konjunktiv-chain}, and the steps {@code continues}, {@code after-speech-act}, {@code after-subject} and
 * {@code possessive}. Columns as in {@link VerbComplementTest}: case, language, hand-tagged text ({@link Fixture}),
 * persons, the statements found as {@code kind:speaker:words{rule}}, and what is found with the table's rule off.
 */
class StatementRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de noun, von-attribute, zu-infinitive; de; Der/DET Vorwurf/NOUN von/ADP Tom/PROPN Novak/PROPN , mit/ADP dem/DET Zuschuss/NOUN Leerstand/NOUN zu/PART fördern/VERB/fördern , regt/VERB/regen Petra/PROPN Holm/PROPN auf/ADP .;  Tom Novak:m, Petra Holm:f;  R:Tom Novak:mit dem Zuschuss Leerstand zu fördern{noun-complement};  nothing
            de opinion predicate, dass;        de; Tom/PROPN Novak/PROPN ist/AUX/sein der/DET Meinung/NOUN , dass/SCONJ der/DET Plan/NOUN scheitern/VERB/scheitern werde/AUX/werden .;  Tom Novak:m;  R:Tom Novak:der Plan scheitern werde{noun-complement};  R:Tom Novak:der Plan scheitern werde{konjunktiv-chain+main-clause}
            de possessive owner;               de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN erneuerte/VERB/erneuern ihre/DET Forderung/NOUN , die/DET Steuern/NOUN zu/PART senken/VERB/senken .;  Petra Holm:f;  R:Petra Holm:die Steuern zu senken{noun-complement};  nothing
            de news in a prepositional phrase; de; Tom/PROPN Novak/PROPN zeigte/VERB/zeigen sich/PRON überrascht/ADJ von/ADP der/DET Nachricht/NOUN , dass/SCONJ der/DET Wasserfall/NOUN so/ADV nah/ADJ liegt/VERB/liegen .;  Tom Novak:m;  nothing;
            de no one to say it;               de; Die/DET Forderung/NOUN , die/DET Steuern/NOUN zu/PART senken/VERB/senken , stößt/VERB/stoßen auf/ADP Kritik/NOUN .;  ;  nothing;
            de genitive attribute, no person;  de; Der/DET Ausbruch/NOUN gelang/VERB/gelingen trotz/ADP einer/DET Warnung/NOUN der/DET Wärter/NOUN , auf/ADP Flüchtende/NOUN zu/PART schießen/VERB/schießen .;  ;  R:-:auf Flüchtende zu schießen{noun-complement};  nothing
            de Konjunktiv clause, to the comma; de; Er/PRON trat/VERB/treten dem/DET Vorwurf/NOUN der/DET Verteidigung/NOUN , das/DET Gericht/NOUN sei/AUX/sein befangen/ADJ , entgegen/ADP .;  ;  R:-:das Gericht sei befangen{noun-complement};  nothing
            de indirect question;              de; Tom/PROPN Novak/PROPN stellte/VERB/stellen die/DET Frage/NOUN , ob/SCONJ die/DET Stadt/NOUN zahlen/VERB/zahlen könne/AUX/können .;  Tom Novak:m;  R:Tom Novak:ob die Stadt zahlen könne{noun-complement};  R:Tom Novak:ob die Stadt zahlen könne{konjunktiv-chain+main-clause}
            de apposition after the attribute; de; Trotz/ADP der/DET Ankündigung/NOUN ihres/DET Trainers/NOUN , Tom/PROPN Novak/PROPN , den/DET Verein/NOUN zu/PART verlassen/VERB/verlassen , siegt/VERB/siegen die/DET Mannschaft/NOUN .;  Tom Novak:m;  R:Tom Novak:den Verein zu verlassen{noun-complement};  nothing
            de relative clause, no complement; de; Tom/PROPN Novak/PROPN las/VERB/lesen die/DET Erklärung/NOUN , die/PRON sehr/ADV kurz/ADJ sei/AUX/sein .;  Tom Novak:m;  R:-:Tom Novak las die Erklärung, die sehr kurz sei{konjunktiv-chain+alone};
            en noun, of-attribute, to-infinitive; en; The/DET union/NOUN welcomed/VERB/welcome the/DET pledge/NOUN of/ADP Mayor/PROPN Tom/PROPN Novak/PROPN to/PART cut/VERB/cut fares/NOUN .;  Tom Novak:m;  R:Tom Novak:to cut fares{noun-complement};  nothing
            en subject of the verb before;     en; Mayor/PROPN Tom/PROPN Novak/PROPN made/VERB/make a/DET pledge/NOUN to/PART cut/VERB/cut fares/NOUN .;  Tom Novak:m;  R:Tom Novak:to cut fares{noun-complement};
            en no one to say it;               en; The/DET promise/NOUN to/PART cut/VERB/cut taxes/NOUN was/AUX/be popular/ADJ .;  ;  nothing;
            """)
    void nounComplement(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(NounComplement.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de leading, a person;              de; Wie/SCONJ die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN mitteilte/VERB/mitteilen , wird/AUX/werden die/DET Brücke/NOUN im/ADP+DET Mai/NOUN eröffnet/VERB/eröffnen .;  Petra Holm:f;  R:Petra Holm:wird die Brücke im Mai eröffnet{wie-clause};  nothing
            de trailing, unnamed source;       de; Die/DET Messe/NOUN wird/AUX/werden verschoben/VERB/verschieben , wie/SCONJ der/DET Verband/NOUN am/ADP+DET Montag/NOUN mitteilte/VERB/mitteilen .;  ;  R:-:Die Messe wird verschoben{wie-clause};  nothing
            de verb tagged ADJ;                de; Wie/SCONJ das/DET Ministerium/NOUN weiterhin/ADV mitteilte/ADJ , wird/AUX/werden die/DET Brücke/NOUN im/ADP+DET Mai/NOUN eröffnet/VERB/eröffnen .;  ;  R:-:wird die Brücke im Mai eröffnet{wie-clause};
            de no speech verb;                 de; Wie/SCONJ die/DET Brücke/NOUN gebaut/VERB/bauen wurde/AUX/werden , ist/AUX/sein unklar/ADJ .;  ;  nothing;
            en leading, a person;              en; As/SCONJ Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say , the/DET bridge/NOUN will/AUX/will open/VERB/open in/ADP May/PROPN .;  Tom Novak:m;  R:Tom Novak:the bridge will open in May{wie-clause};  nothing
            en trailing, a person;             en; The/DET bridge/NOUN will/AUX/will open/VERB/open in/ADP May/PROPN , as/SCONJ Mayor/PROPN Tom/PROPN Novak/PROPN announced/VERB/announce .;  Tom Novak:m;  R:Tom Novak:The bridge will open in May{wie-clause};  nothing
            en no speech verb;                 en; As/SCONJ expected/VERB/expect , the/DET bridge/NOUN will/AUX/will open/VERB/open in/ADP May/PROPN .;  ;  nothing;
            """)
    void wieClause(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(WieClause.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de soll with perfect after a statement; de; Die/DET Anwältin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen , der/DET Fall/NOUN sei/AUX/sein klar/ADJ . || Der/DET Minister/NOUN soll/AUX/sollen die/DET Akten/NOUN vernichtet/VERB/vernichten haben/AUX/haben .;  Petra Holm:f;  R:Petra Holm:Der Minister soll die Akten vernichtet haben{reportive-sollen+continues} | R:Petra Holm:der Fall sei klar{zero-clause};  R:Petra Holm:der Fall sei klar{zero-clause}
            de soll without a statement before; de; Der/DET Minister/NOUN soll/AUX/sollen die/DET Akten/NOUN vernichtet/VERB/vernichten haben/AUX/haben .;  ;  R:-:Der Minister soll die Akten vernichtet haben{reportive-sollen+alone};  nothing
            de soll after narration;           de; Der/DET Kläger/NOUN Tom/PROPN Berg/PROPN verlor/VERB/verlieren den/DET Prozess/NOUN . || Der/DET Verein/NOUN soll/AUX/sollen ihn/PRON betrogen/VERB/betrügen haben/AUX/haben .;  Tom Berg:m;  R:Tom Berg:Der Verein soll ihn betrogen haben{reportive-sollen+after-subject};  nothing
            de participle read as adjective;   de; Der/DET Brand/NOUN soll/AUX/sollen im/ADP Büro/NOUN ausgebrochen/ADJ/ausbrechen sein/AUX/sein .;  ;  R:-:Der Brand soll im Büro ausgebrochen sein{reportive-sollen+alone};  nothing
            de zu-infinitive is no perfect;    de; Die/DET Brücke/NOUN soll/AUX/sollen im/ADP Herbst/NOUN zu/PART sehen/VERB/sehen sein/AUX/sein .;  ;  nothing;
            de soll in a relative clause;      de; Verdächtig/ADJ ist/AUX/sein ein/DET Mann/NOUN ,/PUNCT der/PRON geflohen/VERB/fliehen sein/AUX/sein soll/AUX/sollen .;  ;  nothing;
            de a source phrase comes first;    de; Laut/ADP Polizei/NOUN soll/AUX/sollen der/DET Mann/NOUN geflohen/VERB/fliehen sein/AUX/sein .;  Polizei:org;  R:-:soll der Mann geflohen sein{attribution-phrase};
            de soll without perfect is deontic; de; Die/DET Anwältin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen , der/DET Fall/NOUN sei/AUX/sein klar/ADJ . || Der/DET Minister/NOUN soll/AUX/sollen die/DET Akten/NOUN vernichten/VERB/vernichten .;  Petra Holm:f;  R:Petra Holm:der Fall sei klar{zero-clause};
            """)
    void reportiveSollen(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ReportiveSollen.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de laut at the start;              de; Laut/ADP Bürgermeister/NOUN Tom/PROPN Novak/PROPN wird/AUX/werden die/DET Brücke/NOUN im/ADP+DET Mai/NOUN eröffnet/VERB/eröffnen .;  Tom Novak:m;  R:Tom Novak:wird die Brücke im Mai eröffnet{attribution-phrase};  nothing
            de zufolge inside is kept;         de; Die/DET Brücke/NOUN wird/AUX/werden Tom/PROPN Novak/PROPN zufolge/ADP im/ADP+DET Mai/NOUN eröffnet/VERB/eröffnen .;  Tom Novak:m;  R:Tom Novak:Die Brücke wird Tom Novak zufolge im Mai eröffnet{attribution-phrase};  nothing
            de nach Angaben, unnamed;          de; Nach/ADP Angaben/NOUN der/DET Polizei/NOUN wurde/AUX/werden niemand/PRON verletzt/VERB/verletzen .;  ;  R:-:wurde niemand verletzt{attribution-phrase};  nothing
            de compound attribution noun;      de; Nach/ADP Polizeiangaben/NOUN kam/VERB/kommen der/DET Wagen/NOUN von/ADP der/DET Fahrbahn/NOUN ab/ADP .;  ;  R:-:kam der Wagen von der Fahrbahn ab{attribution-phrase};
            de nach and a source noun inside;  de; Das/DET Feuer/NOUN soll/AUX/sollen nach/ADP ersten/ADJ Untersuchungen/NOUN in/ADP der/DET Küche/NOUN ausgebrochen/VERB/ausbrechen sein/AUX/sein .;  ;  R:-:Das Feuer soll nach ersten Untersuchungen in der Küche ausgebrochen sein{attribution-phrase};  nothing
            de demnach after a report;         de; Die/DET Staatsanwaltschaft/NOUN gab/VERB/geben das/DET Ergebnis/NOUN der/DET Obduktion/NOUN bekannt/ADJ . || Demnach/ADV starb/VERB/sterben der/DET Mann/NOUN an/ADP einem/DET Herzinfarkt/NOUN .;  ;  R:-:starb der Mann an einem Herzinfarkt{attribution-phrase+continues};
            de nach is no source by itself;    de; Nach/ADP dem/DET Treffen/NOUN fuhr/VERB/fahren die/DET Delegation/NOUN zurück/ADV nach/ADP Berlin/PROPN .;  Berlin:place;  nothing;
            en according to at the start;      en; According/VERB/accord to/ADP Mayor/PROPN Tom/PROPN Novak/PROPN , the/DET bridge/NOUN will/AUX/will open/VERB/open in/ADP May/PROPN .;  Tom Novak:m;  R:Tom Novak:the bridge will open in May{attribution-phrase};  nothing
            en according to at the end;        en; The/DET bridge/NOUN will/AUX/will open/VERB/open in/ADP May/PROPN , according/VERB/accord to/ADP the/DET council/NOUN .;  ;  R:-:The bridge will open in May{attribution-phrase};
            en in the view of;                 en; In/ADP the/DET view/NOUN of/ADP Jana/PROPN Ferris/PROPN , the/DET plan/NOUN has/AUX/have failed/VERB/fail .;  Jana Ferris:f;  R:Jana Ferris:the plan has failed{attribution-phrase};  nothing
            en by all accounts names no one;   en; By/ADP all/DET accounts/NOUN , the/DET talks/NOUN went/VERB/go well/ADV .;  ;  nothing;
            de apposition after the source;    de; Nach/ADP Angaben/NOUN des/DET Direktors/NOUN der/DET Fluggesellschaft/NOUN ,/PUNCT Jens/PROPN Irwin/PROPN ,/PUNCT ist/AUX/sein niemand/PRON verletzt/VERB/verletzen worden/AUX/werden .;  Jens Irwin:m;  R:Jens Irwin:ist niemand verletzt worden{attribution-phrase};  nothing
            de role apposition after a name;   de; Nach/ADP Ansicht/NOUN von/ADP Mira/PROPN Kolb/PROPN ,/PUNCT Professorin/NOUN am/ADP+DET Institut/NOUN für/ADP Geologie/NOUN ,/PUNCT ist/AUX/sein der/DET Damm/NOUN sicher/ADJ .;  Mira Kolb:f;  R:Mira Kolb:ist der Damm sicher{attribution-phrase};  nothing
            de relative clause is no apposition; de; Laut/ADP Polizei/NOUN ,/PUNCT die/PRON den/DET Fall/NOUN untersucht/VERB/untersuchen ,/PUNCT ist/AUX/sein der/DET Fahrer/NOUN geflohen/VERB/fliehen .;  ;  R:-:die den Fall untersucht, ist der Fahrer geflohen{attribution-phrase};  nothing
            de possessive before the noun;     de; Seiner/DET Meinung/NOUN nach/ADP ist/AUX/sein der/DET Plan/NOUN zu/ADV teuer/ADJ .;  ;  R:-:ist der Plan zu teuer{attribution-phrase};  nothing
            de possessive pronoun in the slot; de; Nach/ADP deren/PRON Angaben/NOUN wurde/AUX/werden niemand/PRON verletzt/VERB/verletzen .;  ;  R:-:wurde niemand verletzt{attribution-phrase};  nothing
            de phrase inside a relative clause; de; Die/DET Stadt/NOUN kauft/VERB/kaufen den/DET Bus/NOUN ,/PUNCT der/DET nach/ADP Angaben/NOUN des/DET Herstellers/NOUN sparsam/ADJ ist/AUX/sein .;  ;  R:-:der nach Angaben des Herstellers sparsam ist{attribution-phrase};  nothing
            de possessive in a relative clause; de; Der/DET Verein/NOUN lehnt/VERB/lehnen den/DET Vertrag/NOUN ab/ADP ,/PUNCT der/DET ihrer/DET Meinung/NOUN nach/ADP zu/ADV teuer/ADJ ist/AUX/sein .;  ;  R:-:der ihrer Meinung nach zu teuer ist{attribution-phrase};  nothing
            de nach and a relative pronoun;    de; Es/PRON gibt/VERB/geben Gerüchte/NOUN ,/PUNCT nach/ADP denen/PRON der/DET Sänger/NOUN krank/ADJ ist/AUX/sein .;  ;  R:-:der Sänger krank ist{attribution-phrase};  nothing
            de nach a relative, no speech noun; de; Das/DET ist/AUX/sein das/DET Ziel/NOUN ,/PUNCT nach/ADP dem/PRON alle/PRON streben/VERB/streben .;  ;  nothing;
            """)
    void attributionPhrase(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(AttributionPhrase.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de so X after an indicative clause; de; Die/DET Halle/NOUN bleibt/VERB/bleiben geschlossen/ADJ , so/ADV Trainer/NOUN Tom/PROPN Novak/PROPN .;  Tom Novak:m;  R:Tom Novak:Die Halle bleibt geschlossen{so-attribution};  nothing
            de so X, unnamed;                   de; Die/DET Halle/NOUN bleibt/VERB/bleiben geschlossen/ADJ , so/ADV ein/DET Sprecher/NOUN der/DET Stadt/NOUN .;  ;  R:-:Die Halle bleibt geschlossen{so-attribution};  nothing
            de so X before a colon is the quotation's; de; Die/DET Lage/NOUN bleibt/VERB/bleiben ernst/ADJ , so/ADV Trainer/NOUN Tom/PROPN Novak/PROPN : „ Wir/PRON kämpfen/VERB/kämpfen . “;  Tom Novak:m;  D:Tom Novak:Wir kämpfen.{quote+name-colon};
            de so dass is no attribution;      de; Die/DET Straße/NOUN war/AUX/sein glatt/ADJ , so/ADV dass/SCONJ der/DET Bus/NOUN rutschte/VERB/rutschen .;  ;  nothing;
            """)
    void soAttribution(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(SoAttribution.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de her statement before;           de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen , der/DET Plan/NOUN sei/AUX/sein gut/ADJ . || Nach/ADP ihren/DET Angaben/NOUN sind/AUX/sein die/DET Kosten/NOUN gesunken/VERB/sinken .;  Petra Holm:f;  R:Petra Holm:der Plan sei gut{zero-clause} | R:Petra Holm:sind die Kosten gesunken{attribution-phrase+possessive};  R:-:sind die Kosten gesunken{attribution-phrase} | R:Petra Holm:der Plan sei gut{zero-clause}
            de his name before;                de; Tom/PROPN Novak/PROPN kam/VERB/kommen spät/ADJ . || Nach/ADP seinen/DET Angaben/NOUN sind/AUX/sein die/DET Kosten/NOUN gesunken/VERB/sinken .;  Tom Novak:m;  R:Tom Novak:sind die Kosten gesunken{attribution-phrase+possessive};  R:-:sind die Kosten gesunken{attribution-phrase}
            de gender disagrees;               de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen , der/DET Plan/NOUN sei/AUX/sein gut/ADJ . || Nach/ADP seinen/DET Angaben/NOUN sind/AUX/sein die/DET Kosten/NOUN gesunken/VERB/sinken .;  Petra Holm:f;  R:-:sind die Kosten gesunken{attribution-phrase} | R:Petra Holm:der Plan sei gut{zero-clause};
            """)
    void possessive(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(Subjects.POSSESSIVE, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de Konjunktiv continues;           de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ . || Man/PRON werde/AUX/werden weiter/ADV verhandeln/VERB/verhandeln .;  Ole Brandt:m;  R:Ole Brandt:Man werde weiter verhandeln{konjunktiv-chain+continues} | R:Ole Brandt:die Lage sei ernst{zero-clause};  R:Ole Brandt:die Lage sei ernst{zero-clause}
            de demnach continues;              de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen , der/DET Plan/NOUN sei/AUX/sein gut/ADJ . || Demnach/ADV sind/AUX/sein die/DET Kosten/NOUN gesunken/VERB/sinken .;  Petra Holm:f;  R:Petra Holm:der Plan sei gut{zero-clause} | R:Petra Holm:sind die Kosten gesunken{attribution-phrase+continues};  R:-:sind die Kosten gesunken{attribution-phrase} | R:Petra Holm:der Plan sei gut{zero-clause}
            de soll continues;                 de; Die/DET Anwältin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen , der/DET Fall/NOUN sei/AUX/sein klar/ADJ . || Der/DET Minister/NOUN soll/AUX/sollen die/DET Akten/NOUN vernichtet/VERB/vernichten haben/AUX/haben .;  Petra Holm:f;  R:Petra Holm:Der Minister soll die Akten vernichtet haben{reportive-sollen+continues} | R:Petra Holm:der Fall sei klar{zero-clause};  R:Petra Holm:der Fall sei klar{zero-clause}
            de indicative does not continue;   de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ . || Man/PRON wird/AUX/werden weiter/ADV verhandeln/VERB/verhandeln .;  Ole Brandt:m;  R:Ole Brandt:die Lage sei ernst{zero-clause};
            """)
    void continues(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(KonjunktivChain.CONTINUES, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de a person's line of its own;     de; Tom/PROPN Novak/PROPN : Einigung/NOUN in/ADP Reichweite/NOUN ¶ Die/DET Gespräche/NOUN in/ADP Hagen/PROPN gehen/VERB/gehen weiter/ADV .;  Tom Novak:m, Hagen:place;  R:Tom Novak:Einigung in Reichweite{headline};  nothing
            de a place is no speaker;          de; Hagen/PROPN : Einigung/NOUN in/ADP Reichweite/NOUN ¶ Die/DET Gespräche/NOUN gehen/VERB/gehen weiter/ADV .;  Hagen:place;  nothing;
            de not a line of its own;          de; Die/DET Gespräche/NOUN gehen/VERB/gehen weiter/ADV . || Tom/PROPN Novak/PROPN : Einigung/NOUN in/ADP Reichweite/NOUN .;  Tom Novak:m;  nothing;
            en a person's line of its own;     en; Novak/PROPN : Deal/NOUN within/ADP reach/NOUN ¶ Talks/NOUN in/ADP Hagen/PROPN went/VERB/go on/ADP .;  Novak:m, Hagen:place;  R:Novak:Deal within reach{headline};  nothing
            en a place is no speaker;          en; Hagen/PROPN : Deal/NOUN within/ADP reach/NOUN ¶ Talks/NOUN went/VERB/go on/ADP .;  Hagen:place;  nothing;
            """)
    void headline(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(Headline.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de das and a speech verb;          de; Tom/PROPN Novak/PROPN setzt/VERB/setzen auf/ADP eine/DET einfache/ADJ Spielidee/NOUN . || Das/PRON kündigte/VERB/ankündigen der/DET Trainer/NOUN am/ADP+DET Freitag/NOUN an/ADP .;  Tom Novak:m, Trainer=Tom Novak;  R:Tom Novak:Tom Novak setzt auf eine einfache Spielidee{next-sentence};  nothing
            de a Konjunktiv claim;             de; Die/DET Pendler/NOUN seien/AUX/sein die/DET Leidtragenden/NOUN . || Das/PRON behauptet/VERB/behaupten der/DET Oberbürgermeister/NOUN Tobias/PROPN Reuschle/PROPN .;  Tobias Reuschle:m;  R:Tobias Reuschle:Die Pendler seien die Leidtragenden{next-sentence};  nothing
            de no one says it;                 de; Die/DET Pendler/NOUN sind/AUX/sein die/DET Leidtragenden/NOUN . || Das/PRON behauptet/VERB/behaupten niemand/PRON .;  ;  nothing;
            en so and a speech verb;           en; The/DET commuters/NOUN are/AUX/be the/DET victims/NOUN . || So/ADV says/VERB/say Mayor/PROPN Tobias/PROPN Reuschle/PROPN .;  Tobias Reuschle:m;  R:Tobias Reuschle:The commuters are the victims{next-sentence};  nothing
            en no speech verb;                 en; The/DET commuters/NOUN are/AUX/be the/DET victims/NOUN . || That/PRON worries/VERB/worry Mayor/PROPN Tobias/PROPN Reuschle/PROPN .;  Tobias Reuschle:m;  nothing;
            """)
    void nextSentence(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(NextSentence.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            en this argument, relative clause; en; Moving/VERB/move the/DET fair/NOUN would/AUX/would help/VERB/help shops/NOUN . || Ola/PROPN Berg/PROPN , who/PRON chairs/VERB/chair the/DET board/NOUN , made/VERB/make this/DET argument/NOUN on/ADP Friday/PROPN .;  Ola Berg:m;  R:Ola Berg:Moving the fair would help shops{anaphoric-claim};  nothing
            en this after the verb;            en; Fares/NOUN will/AUX/will rise/VERB/rise in/ADP May/PROPN . || Mayor/PROPN Tom/PROPN Hale/PROPN pointed/VERB/point this/PRON out/ADP on/ADP Monday/PROPN .;  Tom Hale:m;  R:Tom Hale:Fares will rise in May{anaphoric-claim};  nothing
            en a verb of rejecting;            en; Fares/NOUN will/AUX/will rise/VERB/rise in/ADP May/PROPN . || Mayor/PROPN Tom/PROPN Hale/PROPN denied/VERB/deny this/DET claim/NOUN .;  Tom Hale:m;  nothing;
            de diese Forderung, subject after; de; Die/DET Gebühren/NOUN müssen/AUX/müssen sinken/VERB/sinken . || Diese/DET Forderung/NOUN erhob/VERB/erheben Bürgermeister/NOUN Jan/PROPN Roth/PROPN am/ADP+DET Montag/NOUN .;  Jan Roth:m;  R:Jan Roth:Die Gebühren müssen sinken{anaphoric-claim};  nothing
            """)
    void anaphoricClaim(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(AnaphoricClaim.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de label line, words below;        de; Stadträtin/NOUN Jana/PROPN Beispiel/PROPN ( Grüne/PROPN ) : ¶ Wir/PRON wollen/AUX/wollen den/DET Park/NOUN erhalten/VERB/erhalten .;  Jana Beispiel:f;  D:Jana Beispiel:Wir wollen den Park erhalten.{speaker-block};  nothing
            de a verb in the label;            de; Stadträtin/NOUN Jana/PROPN Beispiel/PROPN sagte/VERB/sagen : ¶ Wir/PRON wollen/AUX/wollen den/DET Park/NOUN erhalten/VERB/erhalten .;  Jana Beispiel:f;  nothing;
            en label line, words below;        en; Councillor/PROPN Jane/PROPN Doyle/PROPN ( Labour/PROPN ) : ¶ We/PRON want/VERB/want to/PART keep/VERB/keep the/DET park/NOUN .;  Jane Doyle:f;  D:Jane Doyle:We want to keep the park.{speaker-block};  nothing
            en no person in the label;         en; Tickets/NOUN : ¶ We/PRON want/VERB/want to/PART keep/VERB/keep the/DET park/NOUN .;  ;  nothing;
            """)
    void speakerBlock(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(SpeakerBlock.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de Konjunktiv after reported speech; de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ . || Man/PRON werde/AUX/werden weiter/ADV verhandeln/VERB/verhandeln .;  Ole Brandt:m;  R:Ole Brandt:Man werde weiter verhandeln{konjunktiv-chain+continues} | R:Ole Brandt:die Lage sei ernst{zero-clause};  R:Ole Brandt:die Lage sei ernst{zero-clause}
            de a verb the lexicon lacks;       de; Der/DET Minister/NOUN Tom/PROPN Novak/PROPN sagte/VERB/sagen , die/DET Vorgänger/NOUN hätten/AUX/haben Fehler/NOUN gemacht/VERB/machen . || Diese/PRON korrigiere/VERB/korrigiere die/DET jetzige/ADJ Regierung/NOUN .;  Tom Novak:m;  R:Tom Novak:Diese korrigiere die jetzige Regierung{konjunktiv-chain+continues} | R:Tom Novak:die Vorgänger hätten Fehler gemacht{zero-clause};
            de trailing so X;                  de; Man/PRON werde/AUX/werden nun/ADV zu/ADP Warnstreiks/NOUN aufrufen/VERB/aufrufen , so/ADV der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN .;  Ole Brandt:m;  R:Ole Brandt:Man werde nun zu Warnstreiks aufrufen{konjunktiv-chain};  nothing
            de no one spoke before;            de; Man/PRON werde/AUX/werden nun/ADV zu/ADP Warnstreiks/NOUN aufrufen/VERB/aufrufen .;  ;  R:-:Man werde nun zu Warnstreiks aufrufen{konjunktiv-chain+alone};
            de three sentences on;             de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ . || Die/DET Brücke/NOUN ist/AUX/sein alt/ADJ . || Die/DET Straße/NOUN ist/AUX/sein neu/ADJ . || Man/PRON werde/AUX/werden weiter/ADV verhandeln/VERB/verhandeln .;  Ole Brandt:m;  R:-:Man werde weiter verhandeln{konjunktiv-chain+alone} | R:Ole Brandt:die Lage sei ernst{zero-clause};
            de emotion is no speech;           de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ . || Viele/PRON Händler/NOUN befürchteten/VERB/befürchten , die/DET Baustelle/NOUN werde/AUX/werden Kunden/NOUN kosten/VERB/kosten .;  Ole Brandt:m;  R:Ole Brandt:die Lage sei ernst{zero-clause};
            de own speech verb in a chain;     de; Der/DET Sprecher/NOUN Tom/PROPN Berg/PROPN sagte/VERB/sagen , das/DET Wetter/NOUN sei/AUX/sein gut/ADJ . || Karl/PROPN Bauer/PROPN erklärte/VERB/erklären , die/PRON noch/ADV zu/ADP schaffende/ADJ Verfassung/NOUN werde/AUX/werden gelten/VERB/gelten .;  Tom Berg:m, Karl Bauer:m;  R:Karl Bauer:Karl Bauer erklärte, die noch zu schaffende Verfassung werde gelten{konjunktiv-chain+own-verb} | R:Tom Berg:das Wetter sei gut{zero-clause};
            de preterite wollte is no chain;   de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ . || Danach/ADV wollte/AUX/wollen der/DET Richter/NOUN den/DET Termin/NOUN nicht/PART verschieben/VERB/verschieben .;  Ole Brandt:m;  R:Ole Brandt:die Lage sei ernst{zero-clause};
            """)
    void konjunktivChain(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(KonjunktivChain.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de after a speech act;             de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN unterstrich/VERB/unterstreichen die/DET Beschlüsse/NOUN . || Man/PRON werde/AUX/werden weiter/ADV verhandeln/VERB/verhandeln .;  Ole Brandt:m;  R:Ole Brandt:Man werde weiter verhandeln{konjunktiv-chain+after-speech-act};  nothing
            de the agent of a passive act;     de; Der/DET Plan/NOUN wurde/AUX/werden von/ADP Ministerin/NOUN Petra/PROPN Holm/PROPN kritisiert/VERB/kritisieren . || Die/DET Kosten/NOUN seien/AUX/sein zu/ADV hoch/ADJ .;  Petra Holm:f;  R:Petra Holm:Die Kosten seien zu hoch{konjunktiv-chain+after-speech-act};  nothing
            de after an act that is no speech; de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN verließ/VERB/verlassen den/DET Saal/NOUN . || Man/PRON werde/AUX/werden weiter/ADV verhandeln/VERB/verhandeln .;  Ole Brandt:m;  R:Ole Brandt:Man werde weiter verhandeln{konjunktiv-chain+after-subject};
            """)
    void afterSpeechAct(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(KonjunktivChain.AFTER_SPEECH_ACT, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de person opens the narration;     de; Der/DET Betriebsleiter/NOUN ,/PUNCT Tom/PROPN Berg/PROPN ,/PUNCT vermutete/VERB/vermuten einen/DET Defekt/NOUN . || Die/DET Leitung/NOUN sei/AUX/sein undicht/ADJ gewesen/AUX/sein .;  Tom Berg:m;  R:Tom Berg:Die Leitung sei undicht gewesen{konjunktiv-chain+after-subject};  nothing
            de organisation after the verb;    de; Langfristig/ADV strebt/VERB/streben die/DET Reederei/NOUN einen/DET Börsengang/NOUN an/ADP . || Eine/DET Option/NOUN sei/AUX/sein ein/DET Verkauf/NOUN .;  Reederei:org;  R:-:Eine Option sei ein Verkauf{konjunktiv-chain+after-subject};  nothing
            de a name in an object;            de; Der/DET Vertrag/NOUN lag/VERB/liegen bei/ADP Bürgermeisterin/NOUN Jana/PROPN Roth/PROPN . || Die/DET Stadt/NOUN halte/VERB/halten das/DET Verfahren/NOUN für/ADP richtig/ADJ .;  Jana Roth:f;  R:-:Die Stadt halte das Verfahren für richtig{konjunktiv-chain+alone};
            de the subject of a passive;       de; Der/DET Fahrer/NOUN Tom/PROPN Berg/PROPN wurde/AUX/werden leicht/ADV verletzt/VERB/verletzen . || Der/DET Wagen/NOUN sei/AUX/sein zu/ADV schnell/ADJ gewesen/AUX/sein .;  Tom Berg:m;  R:-:Der Wagen sei zu schnell gewesen{konjunktiv-chain+alone};
            de the main verb is indicative;    de; Der/DET Kläger/NOUN Tom/PROPN Berg/PROPN verlor/VERB/verlieren den/DET Prozess/NOUN . || Der/DET Anwalt/NOUN trat/VERB/treten dem/DET Vorwurf/NOUN entgegen/ADP ,/PUNCT das/DET Gericht/NOUN sei/AUX/sein befangen/ADJ .;  Tom Berg:m;  R:-:Der Anwalt trat dem Vorwurf entgegen, das Gericht sei befangen{konjunktiv-chain+alone};
            """)
    void afterSubject(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(KonjunktivChain.AFTER_SUBJECT, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de indicative main clause, subject; de; Die/DET Experten/NOUN kamen/VERB/kommen zu/ADP dem/DET Ergebnis/NOUN ,/PUNCT dass/SCONJ der/DET Damm/NOUN sicher/ADJ sei/AUX/sein .;  ;  R:-:der Damm sicher sei{konjunktiv-chain+main-clause};  nothing
            de reflexive verb, in a chain;     de; Der/DET Sprecher/NOUN Tom/PROPN Berg/PROPN sagte/VERB/sagen ,/PUNCT das/DET Werk/NOUN sei/AUX/sein sicher/ADJ . || Die/DET Gewerkschaft/NOUN beruft/VERB/berufen sich/PRON darauf/ADV ,/PUNCT dass/SCONJ die/DET Frist/NOUN abgelaufen/VERB/ablaufen sei/AUX/sein .;  Tom Berg:m;  R:-:die Frist abgelaufen sei{konjunktiv-chain+main-clause} | R:Tom Berg:das Werk sei sicher{zero-clause};  R:Tom Berg:Die Gewerkschaft beruft sich darauf, dass die Frist abgelaufen sei{konjunktiv-chain+continues} | R:Tom Berg:das Werk sei sicher{zero-clause}
            de a thing as the subject;         de; Der/DET Zug/NOUN fuhr/VERB/fahren los/ADP ,/PUNCT obwohl/SCONJ die/DET Strecke/NOUN gesperrt/VERB/sperren sei/AUX/sein .;  ;  R:-:Der Zug fuhr los, obwohl die Strecke gesperrt sei{konjunktiv-chain+alone};  nothing
            de Konjunktiv in the main clause;  de; Die/DET Experten/NOUN seien/AUX/sein sicher/ADJ ,/PUNCT dass/SCONJ der/DET Damm/NOUN hält/VERB/halten .;  ;  R:-:Die Experten seien sicher, dass der Damm hält{konjunktiv-chain+alone};  nothing
            """)
    void mainClause(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(KonjunktivChain.MAIN_CLAUSE, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de stance and zu-infinitive;       de; Trainerin/NOUN Eva/PROPN Kranz/PROPN zeigte/VERB/zeigen sich/PRON zuversichtlich/ADJ , den/DET Titel/NOUN zu/PART verteidigen/VERB/verteidigen .;  Eva Kranz:f;  R:Eva Kranz:den Titel zu verteidigen{stance-act};  nothing
            de stance opens a chain;           de; Kapitänin/NOUN Anna/PROPN Roth/PROPN gab/VERB/geben sich/PRON kämpferisch/ADJ . || Noch/ADV sei/AUX/sein nichts/PRON verloren/VERB/verlieren .;  Anna Roth:f;  R:Anna Roth:Noch sei nichts verloren{konjunktiv-chain+after-speech-act};  nothing
            de no reflexive, no stance;        de; Kapitänin/NOUN Anna/PROPN Roth/PROPN zeigte/VERB/zeigen den/DET Pokal/NOUN . || Noch/ADV sei/AUX/sein nichts/PRON verloren/VERB/verlieren .;  Anna Roth:f;  R:Anna Roth:Noch sei nichts verloren{konjunktiv-chain+after-subject};
            """)
    void stanceAct(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(StanceAct.NAME, lang, text, entities, expected, without);
    }
}
