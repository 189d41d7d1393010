package org.w3id.newskg.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complements of a speech verb ({@link VerbComplement}), one table each: {@code that-clause}, {@code zero-clause},
 * {@code infinitive}, {@code passive-infinitive}, {@code preposed-clause}, and the step {@code passive}. Each row is
 * a hand-tagged text ({@link Fixture}): its persons, the statements all rules of the language find, each as
 * {@code kind:speaker:words{rule}} joined by " | " ({@code nothing} for none), and, where given, what they find with
 * the table's rule switched off. No model is involved.
 */
class VerbComplementTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de dass after the verb;            de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN betonte/VERB/betonen , dass/SCONJ die/DET Gespräche/NOUN konstruktiv/ADJ verlaufen/VERB/verlaufen seien/AUX/sein .;  Petra Holm:f;  R:Petra Holm:die Gespräche konstruktiv verlaufen seien{that-clause};  nothing
            de dass far from the verb;         de; So/ADV berichtete/VERB/berichten der/DET Reporter/NOUN Tom/PROPN Novak/PROPN dem/DET Sender/NOUN am/ADP+DET Abend/NOUN in/ADP einem/DET langen/ADJ Gespräch/NOUN , dass/SCONJ das/DET Projekt/NOUN scheitere/VERB/scheitern .;  Tom Novak:m;  R:Tom Novak:das Projekt scheitere{that-clause};
            de indirect question;              de; Die/DET Trainerin/NOUN Petra/PROPN Holm/PROPN fragte/VERB/fragen , ob/SCONJ die/DET Halle/NOUN rechtzeitig/ADJ fertig/ADJ werde/AUX/werden .;  Petra Holm:f;  R:Petra Holm:die Halle rechtzeitig fertig werde{that-clause};
            de negated verb;                   de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen nicht/PART , dass/SCONJ die/DET Gespräche/NOUN gescheitert/VERB/scheitern seien/AUX/sein .;  Petra Holm:f;  nothing;
            en that after the verb;            en; Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say that/SCONJ the/DET bridge/NOUN would/AUX/would open/VERB/open in/ADP May/PROPN .;  Tom Novak:m;  R:Tom Novak:the bridge would open in May{that-clause};  nothing
            en two complementizers, one statement; en; Dr/PROPN Imogen/PROPN Keyte/PROPN said/VERB/say that/SCONJ the/DET sites/NOUN had/AUX/have changed/VERB/change and/CCONJ that/SCONJ the/DET decline/NOUN might/AUX/might be/AUX/be smaller/ADJ .;  Imogen Keyte:f;  R:Imogen Keyte:the sites had changed and that the decline might be smaller{that-clause};
            en indirect question;              en; Senator/PROPN Mark/PROPN Oduya/PROPN asked/VERB/ask whether/SCONJ the/DET vote/NOUN could/AUX/could be/AUX/be delayed/VERB/delay .;  Mark Oduya:m;  R:Mark Oduya:the vote could be delayed{that-clause};
            en negated verb;                   en; Mayor/PROPN Tom/PROPN Novak/PROPN did/AUX/do not/PART say/VERB/say that/SCONJ the/DET bridge/NOUN would/AUX/would open/VERB/open in/ADP May/PROPN .;  Tom Novak:m;  nothing;
            de verb read as an adjective, its particle at the clause end; de; Die/DET Behörde/NOUN teilte/ADJ/teilt am/ADP+DET Montag/PROPN mit/ADP , dass/SCONJ die/DET Straße/NOUN gesperrt/VERB/sperren werde/AUX/werden .;  Behörde:org;  R:-:die Straße gesperrt werde{that-clause};  nothing
            """)
    void thatClause(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ThatClause.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de Konjunktiv after a comma;       de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ .;  Ole Brandt:m;  R:Ole Brandt:die Lage sei ernst{zero-clause};  nothing
            de indicative main clause;         de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , die/DET Lage/NOUN ist/AUX/sein sehr/ADV ernst/ADJ .;  Ole Brandt:m;  R:Ole Brandt:die Lage ist sehr ernst{zero-clause};
            de indicative relative clause;     de; Das/PRON sagte/VERB/sagen Ole/PROPN Brandt/PROPN , der/PRON die/DET Gewerkschaft/NOUN leitet/VERB/leiten .;  Ole Brandt:m;  nothing;
            de a denied claim;                 de; Ole/PROPN Brandt/PROPN wies/VERB/weisen die/DET Behauptung/NOUN zurück/ADP , die/DET Lage/NOUN sei/AUX/sein ernst/ADJ .;  Ole Brandt:m;  nothing;
            de opinion verb, indicative;       de; Der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN meinte/VERB/meinen , die/DET Lage/NOUN ist/AUX/sein ernst/ADJ .;  Ole Brandt:m;  R:Ole Brandt:die Lage ist ernst{zero-clause};
            de organisation as source;         de; Das/DET Ministerium/NOUN teilte/VERB/mitteilen mit/ADP , die/DET Regeln/NOUN würden/AUX/werden geändert/VERB/ändern .;  Ministerium:org;  R:-:die Regeln würden geändert{zero-clause};
            de pronoun continues the speaker;  de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN kam/VERB/kommen am/ADP+DET Morgen/NOUN . || Sie/PRON sagte/VERB/sagen , der/DET Plan/NOUN sei/AUX/sein gut/ADJ .;  Petra Holm:f, Sie=Petra Holm;  R:Petra Holm:der Plan sei gut{zero-clause};
            en noun phrase and finite verb;    en; Finance/PROPN Minister/PROPN Jana/PROPN Ferris/PROPN said/VERB/say the/DET deal/NOUN was/AUX/be dead/ADJ .;  Jana Ferris:f;  R:Jana Ferris:the deal was dead{zero-clause};  nothing
            en unnamed source;                 en; Sources/NOUN/source said/VERB/say the/DET minister/NOUN would/AUX/would resign/VERB/resign .;  ;  R:-:the minister would resign{zero-clause};
            en a noun phrase is no clause;     en; The/DET company/NOUN reported/VERB/report a/DET smaller/ADJ than/ADP expected/VERB/expect loss/NOUN .;  ;  nothing;
            de clause opening with the preposition zu; de; Der/DET Sprecher/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , zu/ADP der/DET Maßnahme/NOUN gebe/VERB/geben es/PRON keine/DET Alternative/NOUN .;  Ole Brandt:m;  R:Ole Brandt:zu der Maßnahme gebe es keine Alternative{zero-clause};
            de after the separated particle's comma; de; Das/PRON gab/VERB/geben der/DET Sprecher/NOUN des/DET Gerichts/NOUN , Ole/PROPN Brandt/PROPN , am/ADP+DET Montag/PROPN bekannt/ADJ , die/DET Straße/NOUN werde/AUX/werden gesperrt/VERB/sperren .;  Ole Brandt:m;  R:Ole Brandt:die Straße werde gesperrt{zero-clause};
            """)
    void zeroClause(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ZeroClause.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de zu-infinitive after dazu auf;   de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN rief/VERB/rufen dazu/ADV auf/ADP , die/DET Vorräte/NOUN aufzustocken/VERB/aufstocken .;  Petra Holm:f;  R:Petra Holm:die Vorräte aufzustocken{infinitive};  nothing
            de object and infinitive;          de; Der/DET Minister/NOUN Tom/PROPN Novak/PROPN forderte/VERB/fordern die/DET Partner/NOUN auf/ADP , die/DET Zusagen/NOUN einzuhalten/VERB/einhalten .;  Tom Novak:m;  R:Tom Novak:die Zusagen einzuhalten{infinitive};
            de quoted complement is direct;    de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN rief/VERB/rufen dazu/ADV auf/ADP , „ sofort/ADV zu/PART handeln/VERB/handeln “ .;  Petra Holm:f;  D:Petra Holm:sofort zu handeln{quote+verb-before-quote};
            de without a comma, participle;    de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN hat/AUX/haben angekündigt/VERB/ankündigen die/DET Gebühren/NOUN zu/PART senken/VERB/senken .;  Petra Holm:f;  R:Petra Holm:die Gebühren zu senken{infinitive};  nothing
            de without a comma, not at the end; de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN hat/AUX/haben angekündigt/VERB/ankündigen die/DET Gebühren/NOUN zu/PART senken/VERB/senken und/CCONJ ging/VERB/gehen .;  Petra Holm:f;  nothing;
            en object and to-infinitive;       en; Senator/PROPN Mark/PROPN Oduya/PROPN urged/VERB/urge the/DET council/NOUN to/PART delay/VERB/delay the/DET vote/NOUN .;  Mark Oduya:m;  R:Mark Oduya:to delay the vote{infinitive};  nothing
            en accused of;                     en; Councillor/PROPN Graham/PROPN Whitlock/PROPN accused/VERB/accuse the/DET ruling/VERB/rule group/NOUN of/ADP ignoring/VERB/ignore the/DET objections/NOUN .;  Graham Whitlock:m;  R:Graham Whitlock:ignoring the objections{infinitive};  nothing
            en quoted complement is direct;    en; Senator/PROPN Mark/PROPN Oduya/PROPN urged/VERB/urge the/DET council/NOUN to/PART “ act/VERB/act now/ADV ” .;  Mark Oduya:m;  D:Mark Oduya:act now{quote+verb-before-quote};
            en noun object alone is nothing;   en; Senator/PROPN Mark/PROPN Oduya/PROPN urged/VERB/urge restraint/NOUN .;  Mark Oduya:m;  nothing;
            de after the separated particle's comma; de; Der/DET Bürgermeister/NOUN Ole/PROPN Brandt/PROPN schlug/VERB/schlagen dem/DET Minister/NOUN für/ADP Verkehr/NOUN , Bau/NOUN und/CCONJ Wohnen/NOUN vor/ADP , die/DET Maut/NOUN zu/PART erheben/VERB/erheben .;  Ole Brandt:m;  R:Ole Brandt:die Maut zu erheben{infinitive};
            """)
    void infinitive(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(Infinitive.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            en is said to;                     en; The/DET minister/NOUN is/AUX/be said/VERB/say to/PART have/AUX/have resigned/VERB/resign .;  ;  R:-:to have resigned{passive-infinitive};  nothing
            en was told to, a directive;       en; The/DET striker/NOUN was/AUX/be told/VERB/tell to/PART leave/VERB/leave the/DET pitch/NOUN .;  ;  nothing;
            en active said to is no passive;   en; Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say to/ADP reporters/NOUN that/SCONJ the/DET bridge/NOUN would/AUX/would open/VERB/open .;  Tom Novak:m;  R:Tom Novak:the bridge would open{that-clause};
            de German has reportive sollen;    de; Der/DET Minister/NOUN soll/AUX/sollen zurückgetreten/VERB/zurücktreten sein/AUX/sein .;  ;  R:-:Der Minister soll zurückgetreten sein{reportive-sollen+alone};  nothing
            """)
    void passiveInfinitive(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(PassiveInfinitive.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            en passive without agent;          en; It/PRON was/AUX/be announced/VERB/announce that/SCONJ the/DET bridge/NOUN would/AUX/would close/VERB/close in/ADP May/PROPN .;  ;  R:-:the bridge would close in May{that-clause+passive};  R:-:the bridge would close in May{that-clause}
            en passive with agent;             en; It/PRON was/AUX/be announced/VERB/announce by/ADP Mayor/PROPN Tom/PROPN Novak/PROPN that/SCONJ the/DET bridge/NOUN would/AUX/would close/VERB/close .;  Tom Novak:m;  R:Tom Novak:the bridge would close{that-clause};
            en active verb;                    en; Mayor/PROPN Tom/PROPN Novak/PROPN announced/VERB/announce that/SCONJ the/DET bridge/NOUN would/AUX/would close/VERB/close .;  Tom Novak:m;  R:Tom Novak:the bridge would close{that-clause};
            """)
    void passive(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(Context.PASSIVE, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de Konjunktiv before sagte X;      de; Die/DET Lage/NOUN sei/AUX/sein ernst/ADJ , sagte/VERB/sagen der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN am/ADP+DET Abend/NOUN .;  Ole Brandt:m;  R:Ole Brandt:Die Lage sei ernst{preposed-clause};  R:Ole Brandt:Die Lage sei ernst{konjunktiv-chain}
            de indicative before sagte X;      de; Die/DET Lage/NOUN ist/AUX/sein ernst/ADJ , sagte/VERB/sagen der/DET Gewerkschaftschef/NOUN Ole/PROPN Brandt/PROPN .;  Ole Brandt:m;  R:Ole Brandt:Die Lage ist ernst{preposed-clause};  nothing
            de no one named after the verb;    de; Die/DET Lage/NOUN sei/AUX/sein ernst/ADJ , sagte/VERB/sagen am/ADP+DET Abend/NOUN niemand/PRON .;  ;  nothing;
            en subject before told;            en; The/DET deal/NOUN is/AUX/be dead/ADJ , Finance/PROPN Minister/PROPN Jana/PROPN Ferris/PROPN told/VERB/tell reporters/NOUN .;  Jana Ferris:f;  R:Jana Ferris:The deal is dead{preposed-clause};  nothing
            en subject after said;             en; The/DET deal/NOUN is/AUX/be dead/ADJ , said/VERB/say Finance/PROPN Minister/PROPN Jana/PROPN Ferris/PROPN .;  Jana Ferris:f;  R:Jana Ferris:The deal is dead{preposed-clause};
            en participle is no attribution;   en; Mayor/PROPN Tom/PROPN Novak/PROPN welcomed/VERB/welcome the/DET ruling/NOUN on/ADP Monday/PROPN , signaling/VERB/signal a/DET return/NOUN to/ADP talks/NOUN .;  Tom Novak:m;  nothing;
            """)
    void preposedClause(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(PreposedClause.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de verb and subject between commas; de; Die/DET Preise/NOUN ,/PUNCT sagte/VERB/sagen Vorstandschefin/NOUN Anna/PROPN Vogt/PROPN ,/PUNCT würden/AUX/werden im/ADP+DET Sommer/NOUN wieder/ADV sinken/VERB/sinken .;  Anna Vogt:f;  R:Anna Vogt:würden im Sommer wieder sinken{parenthetical};  nothing
            en subject and verb between commas; en; The/DET bus/NOUN lanes/NOUN ,/PUNCT Voss/PROPN argued/VERB/argue ,/PUNCT will/AUX/will save/VERB/save commuters/NOUN ten/NUM minutes/NOUN a/DET day/NOUN .;  Voss:f;  R:Voss:will save commuters ten minutes a day{parenthetical};  nothing
            en an apposition is no attribution; en; The/DET mayor/NOUN ,/PUNCT Tom/PROPN Novak/PROPN ,/PUNCT opened/VERB/open the/DET bridge/NOUN .;  Tom Novak:m;  nothing;
            """)
    void parenthetical(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(Parenthetical.NAME, lang, text, entities, expected, without);
    }
}
