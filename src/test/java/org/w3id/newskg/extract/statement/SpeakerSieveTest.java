package org.w3id.newskg.extract.statement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The speaker sieves of quotations ({@link SpeakerSieve}, {@link QuoteSieves}), one table each: {@code
 * inside-reported} with its step {@code nested-speaker}, {@code naming}, {@code verb-after-quote}, {@code
 * so-after-quote}, {@code verb-before-quote}, {@code name-colon}, {@code so-colon}, the three {@code colon-intro}
 * ways, {@code quote-run}, and {@code quote}, the name every quotation starts with (off: no quotation is a statement).
 * The "without" column shows which sieve answers when the table's one is off — the order of the sieves. Columns as
 * in {@link VerbComplementTest}.
 */
class SpeakerSieveTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de quotation in a reported clause; de; Der/DET Vorsitzende/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , das/DET Angebot/NOUN sei/AUX/sein „ eine/DET Zumutung/NOUN “ .;  Ole Brandt:m;  D:Ole Brandt:eine Zumutung{quote+inside-reported} | R:Ole Brandt:das Angebot sei „eine Zumutung“{zero-clause};  R:Ole Brandt:das Angebot sei „eine Zumutung“{zero-clause}
            de a term mentioned is no one's;   de; Der/DET Bürgermeister/NOUN Tom/PROPN Novak/PROPN sagte/VERB/sagen , der/DET Begriff/NOUN „ Neustart/NOUN “ sei/AUX/sein falsch/ADJ .;  Tom Novak:m;  R:Tom Novak:der Begriff „Neustart“ sei falsch{zero-clause};
            en quotation in a reported clause; en; Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say the/DET budget/NOUN was/AUX/be “ a/DET disaster/NOUN ” .;  Tom Novak:m;  D:Tom Novak:a disaster{quote+inside-reported} | R:Tom Novak:the budget was “a disaster”{zero-clause};  D:Tom Novak:a disaster{quote+verb-before-quote} | R:Tom Novak:the budget was “a disaster”{zero-clause}
            en the whole complement quoted;   en; Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say “ the/DET bridge/NOUN will/AUX/will open/VERB/open in/ADP May/PROPN ” .;  Tom Novak:m;  D:Tom Novak:the bridge will open in May{quote+verb-before-quote};
            """)
    void insideReported(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(InsideReported.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de another person rates;           de; Der/DET Bürgermeister/NOUN Tom/PROPN Novak/PROPN sagte/VERB/sagen , Petra/PROPN Holm/PROPN habe/AUX/haben das/DET Treffen/NOUN „ sehr/ADV gut/ADJ “ bewertet/VERB/bewerten .;  Tom Novak:m, Petra Holm:f;  D:Petra Holm:sehr gut{quote+nested-speaker} | R:Tom Novak:Petra Holm habe das Treffen „sehr gut“ bewertet{zero-clause};  D:Tom Novak:sehr gut{quote+inside-reported} | R:Tom Novak:Petra Holm habe das Treffen „sehr gut“ bewertet{zero-clause}
            de no rating verb;                 de; Der/DET Bürgermeister/NOUN Tom/PROPN Novak/PROPN sagte/VERB/sagen , Petra/PROPN Holm/PROPN sei/AUX/sein „ sehr/ADV zufrieden/ADJ “ .;  Tom Novak:m, Petra Holm:f;  D:Tom Novak:sehr zufrieden{quote+inside-reported} | R:Tom Novak:Petra Holm sei „sehr zufrieden“{zero-clause};
            en another person rates;           en; Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say Petra/PROPN Holm/PROPN had/AUX/have rated/VERB/rate the/DET meeting/NOUN “ very/ADV good/ADJ ” .;  Tom Novak:m, Petra Holm:f;  D:Petra Holm:very good{quote+nested-speaker} | R:Tom Novak:Petra Holm had rated the meeting “very good”{zero-clause};  D:Tom Novak:very good{quote+inside-reported} | R:Tom Novak:Petra Holm had rated the meeting “very good”{zero-clause}
            en no rating verb;                 en; Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say Petra/PROPN Holm/PROPN was/AUX/be “ very/ADV happy/ADJ ” .;  Tom Novak:m, Petra Holm:f;  D:Tom Novak:very happy{quote+inside-reported} | R:Tom Novak:Petra Holm was “very happy”{zero-clause};
            """)
    void nestedSpeaker(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(InsideReported.NESTED, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de nannte X „…“;                   de; Der/DET Bürgermeister/NOUN Tom/PROPN Novak/PROPN nannte/VERB/nennen den/DET Beschluss/NOUN „ einen/DET Neuanfang/NOUN “ .;  Tom Novak:m;  D:Tom Novak:einen Neuanfang{quote+naming};  nothing
            de als „…“, an organisation;       de; Die/DET Union/PROPN kritisierte/VERB/kritisieren den/DET Vorstoß/NOUN als/ADP » Symbolpolitik/NOUN « .;  Union:org;  D:-:Symbolpolitik{quote+naming};
            de particle after the quotation;   de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN wies/VERB/weisen den/DET Vorwurf/NOUN als/ADP „ Unsinn/NOUN “ zurück/ADP .;  Petra Holm:f;  D:Petra Holm:Unsinn{quote+naming};
            de als „…“ fronted;                de; Als/ADP „ verpasste/ADJ Chance/NOUN “ wertete/VERB/werten Tom/PROPN Novak/PROPN die/DET Amtszeit/NOUN .;  Tom Novak:m;  D:Tom Novak:verpasste Chance{quote+naming};
            de participle and auxiliary;       de; Der/DET Bericht/NOUN ist/AUX/sein brisant/ADJ , weil/SCONJ Tom/PROPN Novak/PROPN den/DET Plan/NOUN als/ADP „ Irrweg/NOUN “ bezeichnet/VERB/bezeichnen hat/AUX/haben .;  Tom Novak:m;  D:Tom Novak:Irrweg{quote+naming};
            de a name is no statement;         de; Das/DET Gesetz/NOUN heißt/VERB/heißen nun/ADV „ Gute-Kita-Gesetz/NOUN “ .;  ;  nothing;
            en called it “…”;                  en; Mayor/PROPN Tom/PROPN Novak/PROPN called/VERB/call it/PRON “ a/DET turning/NOUN point/NOUN ” .;  Tom Novak:m;  D:Tom Novak:a turning point{quote+naming};  nothing
            en spoke of a “…”;                 en; Mayor/PROPN Tom/PROPN Novak/PROPN spoke/VERB/speak of/ADP a/DET “ turning/NOUN point/NOUN ” for/ADP the/DET city/NOUN .;  Tom Novak:m;  D:Tom Novak:turning point{quote+naming};
            en naming without a subject;       en; The/DET ship/NOUN was/AUX/be called/VERB/call “ Northern/PROPN Star/PROPN ” .;  ;  nothing;
            """)
    void naming(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(Naming.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de sagte X after the quotation;    de; „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN “ , sagte/VERB/sagen Jana/PROPN Beispiel/PROPN am/ADP+DET Montag/NOUN .;  Jana Beispiel:f;  D:Jana Beispiel:Wir bleiben bei unserem Angebot{quote+verb-after-quote};  nothing
            de no speech verb after it;        de; „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN “ , stand/VERB/stehen auf/ADP dem/DET Plakat/NOUN .;  ;  nothing;
            de sagte die Sprecherin, no one;   de; „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN “ , sagte/VERB/sagen die/DET Sprecherin/NOUN .;  ;  D:-:Wir bleiben bei unserem Angebot{quote+verb-after-quote+unnamed-title};  nothing
            en X said;                         en; “ We/PRON will/AUX/will not/PART give/VERB/give up/ADP , ” Karen/PROPN Mills/PROPN said/VERB/say .;  Karen Mills:f;  D:Karen Mills:We will not give up,{quote+verb-after-quote};  nothing
            en said X;                         en; “ We/PRON will/AUX/will not/PART give/VERB/give up/ADP , ” said/VERB/say Karen/PROPN Mills/PROPN .;  Karen Mills:f;  D:Karen Mills:We will not give up,{quote+verb-after-quote};  nothing
            en a spokesman said;               en; “ We/PRON will/AUX/will not/PART give/VERB/give up/ADP , ” said/VERB/say a/DET spokesman/NOUN .;  ;  D:-:We will not give up,{quote+verb-after-quote};
            en no speech verb after it;        en; “ We/PRON will/AUX/will not/PART give/VERB/give up/ADP ” was/AUX/be printed/VERB/print on/ADP every/DET banner/NOUN .;  ;  nothing;
            """)
    void verbAfterQuote(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(VerbAfterQuote.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de comma, so X;                    de; „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN “ , so/ADV Jana/PROPN Beispiel/PROPN .;  Jana Beispiel:f;  D:Jana Beispiel:Wir bleiben bei unserem Angebot{quote+so-after-quote};  nothing
            de dash, so X;                     de; „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN “ – so/ADV Jana/PROPN Beispiel/PROPN .;  Jana Beispiel:f;  D:Jana Beispiel:Wir bleiben bei unserem Angebot{quote+so-after-quote};  nothing
            de so and no one;                  de; „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN “ , so/ADV schien/VERB/scheinen es/PRON .;  ;  nothing;
            en comma, so X;                    en; “ We/PRON will/AUX/will not/PART give/VERB/give up/ADP ” , so/ADV Karen/PROPN Mills/PROPN .;  Karen Mills:f;  D:Karen Mills:We will not give up{quote+so-after-quote};  nothing
            en so and no one;                  en; “ We/PRON will/AUX/will not/PART give/VERB/give up/ADP ” , so/ADV it/PRON seemed/VERB/seem .;  ;  nothing;
            """)
    void soAfterQuote(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(SoAfterQuote.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de X sagte: »…«;                   de; Der/DET Bürgermeister/NOUN Tom/PROPN Novak/PROPN sagte/VERB/sagen : » Die/DET Brücke/NOUN wird/AUX/werden im/ADP+DET Mai/NOUN fertig/ADJ . «;  Tom Novak:m;  D:Tom Novak:Die Brücke wird im Mai fertig.{quote+verb-before-quote};  D:Tom Novak:Die Brücke wird im Mai fertig.{quote+name-colon}
            de one verb before two quotations; de; Der/DET Vorsitzende/NOUN Ole/PROPN Brandt/PROPN fügte/VERB/hinzufügen hinzu/ADP : » Wir/PRON müssen/AUX/müssen uns/PRON nicht/PART verstecken/VERB/verstecken « , aber/CCONJ » besser/ADJ werden/AUX/werden « .;  Ole Brandt:m;  D:Ole Brandt:Wir müssen uns nicht verstecken{quote+verb-before-quote} | D:Ole Brandt:besser werden{quote+verb-before-quote};
            de no speech verb before it;       de; Tom/PROPN Novak/PROPN las/VERB/lesen den/DET Brief/NOUN vor/ADP : „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN . “;  Tom Novak:m;  D:Tom Novak:Wir bleiben bei unserem Angebot.{quote+colon-intro-subject};
            en X told Y: “…”;                  en; Mayor/PROPN Tom/PROPN Novak/PROPN told/VERB/tell the/DET council/NOUN : “ The/DET bridge/NOUN will/AUX/will be/AUX/be ready/ADJ in/ADP May/PROPN . ”;  Tom Novak:m;  D:Tom Novak:The bridge will be ready in May.{quote+verb-before-quote};  D:Tom Novak:The bridge will be ready in May.{quote+name-colon}
            en no speech verb before it;       en; Mayor/PROPN Tom/PROPN Novak/PROPN read/VERB/read the/DET letter/NOUN aloud/ADV : “ We/PRON will/AUX/will keep/VERB/keep the/DET park/NOUN . ”;  Tom Novak:m;  D:Tom Novak:We will keep the park.{quote+colon-intro-subject};
            """)
    void verbBeforeQuote(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(VerbBeforeQuote.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de name, colon, quotation;         de; Jana/PROPN Beispiel/PROPN : „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN . “;  Jana Beispiel:f;  D:Jana Beispiel:Wir bleiben bei unserem Angebot.{quote+name-colon};  D:Jana Beispiel:Wir bleiben bei unserem Angebot.{quote+colon-intro-subject}
            de no person before the colon;     de; Das/DET Motto/NOUN : „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN . “;  ;  nothing;
            en name, colon, quotation;         en; Jane/PROPN Doyle/PROPN : “ We/PRON will/AUX/will keep/VERB/keep the/DET park/NOUN . ”;  Jane Doyle:f;  D:Jane Doyle:We will keep the park.{quote+name-colon};  D:Jane Doyle:We will keep the park.{quote+colon-intro-subject}
            en no person before the colon;     en; The/DET motto/NOUN : “ We/PRON will/AUX/will keep/VERB/keep the/DET park/NOUN . ”;  ;  nothing;
            """)
    void nameColon(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(NameColon.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de so X: at the line's end;        de; Die/DET Lage/NOUN bleibt/VERB/bleiben ernst/ADJ , so/ADV die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN : ¶ „ Wir/PRON müssen/AUX/müssen handeln/VERB/handeln . “;  Petra Holm:f;  D:Petra Holm:Wir müssen handeln.{quote+so-colon};  D:Petra Holm:Wir müssen handeln.{quote+colon-intro-subject}
            de so X: in the same sentence;     de; Die/DET Lage/NOUN bleibt/VERB/bleiben ernst/ADJ , so/ADV die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN : „ Wir/PRON müssen/AUX/müssen handeln/VERB/handeln . “;  Petra Holm:f;  D:Petra Holm:Wir müssen handeln.{quote+name-colon};
            en so X: at the line's end;        en; The/DET situation/NOUN remains/VERB/remain serious/ADJ , so/ADV Mayor/PROPN Tom/PROPN Novak/PROPN : ¶ “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  Tom Novak:m;  D:Tom Novak:We must act now.{quote+so-colon};  D:Tom Novak:We must act now.{quote+colon-intro-subject}
            en so X: in the same sentence;     en; The/DET situation/NOUN remains/VERB/remain serious/ADJ , so/ADV Mayor/PROPN Tom/PROPN Novak/PROPN : “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  Tom Novak:m;  D:Tom Novak:We must act now.{quote+name-colon};
            """)
    void soColon(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(SoColon.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de speech verb ends the line;      de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sagte/VERB/sagen am/ADP+DET Abend/NOUN in/ADP Hagen/PROPN : ¶ „ Wir/PRON müssen/AUX/müssen jetzt/ADV handeln/VERB/handeln . “;  Petra Holm:f, Hagen:place;  D:Petra Holm:Wir müssen jetzt handeln.{quote+colon-intro};  D:Petra Holm:Wir müssen jetzt handeln.{quote+colon-intro-subject}
            de no colon, a speech act before; de; Die/DET Ministerin/NOUN Petra/PROPN Holm/PROPN sprach/VERB/sprechen am/ADP+DET Abend/NOUN . ¶ „ Wir/PRON müssen/AUX/müssen jetzt/ADV handeln/VERB/handeln . “;  Petra Holm:f;  D:Petra Holm:Wir müssen jetzt handeln.{quote+quote-run};
            en speech verb ends the line;      en; Mayor/PROPN Tom/PROPN Novak/PROPN said/VERB/say on/ADP Monday/PROPN : ¶ “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  Tom Novak:m;  D:Tom Novak:We must act now.{quote+colon-intro};  D:Tom Novak:We must act now.{quote+colon-intro-subject}
            en no colon before the quotation;  en; Mayor/PROPN Tom/PROPN Novak/PROPN spoke/VERB/speak on/ADP Monday/PROPN . ¶ “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  Tom Novak:m;  nothing;
            """)
    void colonIntro(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ColonIntro.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de the person before the colon;    de; Die/DET Antwort/NOUN der/DET Ministerin/NOUN Petra/PROPN Holm/PROPN : ¶ „ Wir/PRON müssen/AUX/müssen jetzt/ADV handeln/VERB/handeln . “;  Petra Holm:f;  D:Petra Holm:Wir müssen jetzt handeln.{quote+colon-intro-subject};  D:-:Wir müssen jetzt handeln.{quote+colon-intro-group}
            de no person before the colon;     de; Das/DET Wetter/NOUN am/ADP+DET Montag/NOUN : ¶ „ Wir/PRON müssen/AUX/müssen jetzt/ADV handeln/VERB/handeln . “;  ;  nothing;
            en the person before the colon;    en; The/DET answer/NOUN of/ADP Mayor/PROPN Tom/PROPN Novak/PROPN : ¶ “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  Tom Novak:m;  D:Tom Novak:We must act now.{quote+colon-intro-subject};  nothing
            en no person before the colon;     en; The/DET weather/NOUN on/ADP Monday/PROPN : ¶ “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  ;  nothing;
            """)
    void colonIntroSubject(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ColonIntro.SUBJECT, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de speech verb, no one named;      de; Dazu/ADV wurde/AUX/werden am/ADP+DET Abend/NOUN erklärt/VERB/erklären : ¶ „ Wir/PRON müssen/AUX/müssen jetzt/ADV handeln/VERB/handeln . “;  ;  D:-:Wir müssen jetzt handeln.{quote+colon-intro-anonymous};  nothing
            en speech verb, no one named;      en; It/PRON was/AUX/be announced/VERB/announce on/ADP Monday/PROPN : ¶ “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  ;  D:-:We must act now.{quote+colon-intro-anonymous};  nothing
            en no speech verb, no one named;   en; The/DET weather/NOUN on/ADP Monday/PROPN : ¶ “ We/PRON must/AUX/must act/VERB/act now/ADV . ”;  ;  nothing;
            """)
    void colonIntroAnonymous(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ColonIntro.ANONYMOUS, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de the subject of a sentence;      de; Die/DET Firma/NOUN blieb/VERB/bleiben gelassen/ADJ : ¶ „ Wir/PRON müssen/AUX/müssen die/DET Ware/NOUN lagern/VERB/lagern . “;  ;  D:-:Wir müssen die Ware lagern.{quote+colon-intro-group};  nothing
            de a label without a verb;         de; Ein/DET Sprecher/NOUN der/DET Feuerwehr/NOUN : „ Der/DET Brand/NOUN ist/AUX/sein gelöscht/VERB/löschen . “;  ;  D:-:Der Brand ist gelöscht.{quote+colon-intro-group};  nothing
            en the subject of a sentence;      en; The/DET company/NOUN rejects/VERB/reject the/DET criticism/NOUN : ¶ “ We/PRON must/AUX/must store/VERB/store the/DET goods/NOUN . ”;  ;  D:-:We must store the goods.{quote+colon-intro-group};  nothing
            de a long sentence without a verb; de; Am/ADP+DET Montag/NOUN in/ADP der/DET Halle/NOUN vor/ADP vielen/ADJ Gästen/NOUN aus/ADP der/DET Stadt/NOUN : „ Der/DET Brand/NOUN ist/AUX/sein gelöscht/VERB/löschen . “;  ;  nothing;
            """)
    void colonIntroGroup(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(ColonIntro.GROUP, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de the next quotation continues;   de; „ Das/PRON ist/AUX/sein ein/DET guter/ADJ Tag/NOUN “ , sagte/VERB/sagen Eva/PROPN Kranich/PROPN . || „ Aber/CCONJ die/DET Arbeit/NOUN beginnt/VERB/beginnen erst/ADV . “;  Eva Kranich:f;  D:Eva Kranich:Aber die Arbeit beginnt erst.{quote+quote-run} | D:Eva Kranich:Das ist ein guter Tag{quote+verb-after-quote};  D:Eva Kranich:Das ist ein guter Tag{quote+verb-after-quote}
            de another person named between;   de; „ Das/PRON ist/AUX/sein ein/DET guter/ADJ Tag/NOUN “ , sagte/VERB/sagen Eva/PROPN Kranich/PROPN . || Tom/PROPN Novak/PROPN nickte/VERB/nicken . || „ Aber/CCONJ die/DET Arbeit/NOUN beginnt/VERB/beginnen erst/ADV . “;  Eva Kranich:f, Tom Novak:m;  D:Eva Kranich:Das ist ein guter Tag{quote+verb-after-quote};
            en the next quotation continues;   en; “ It/PRON is/AUX/be a/DET good/ADJ day/NOUN , ” Eva/PROPN Kranich/PROPN said/VERB/say . || “ But/CCONJ the/DET work/NOUN starts/VERB/start now/ADV . ”;  Eva Kranich:f;  D:Eva Kranich:But the work starts now.{quote+quote-run} | D:Eva Kranich:It is a good day,{quote+verb-after-quote};  D:Eva Kranich:It is a good day,{quote+verb-after-quote}
            en another person named between;   en; “ It/PRON is/AUX/be a/DET good/ADJ day/NOUN , ” Eva/PROPN Kranich/PROPN said/VERB/say . || Tom/PROPN Novak/PROPN nodded/VERB/nod . || “ But/CCONJ the/DET work/NOUN starts/VERB/start now/ADV . ”;  Eva Kranich:f, Tom Novak:m;  D:Eva Kranich:It is a good day,{quote+verb-after-quote};
            de a subheading is no one's;       de; „ Das/PRON ist/AUX/sein ein/DET guter/ADJ Tag/NOUN “ , sagte/VERB/sagen Eva/PROPN Kranich/PROPN . ¶ „ Kein/DET guter/ADJ Tag/NOUN für/ADP die/DET Stadt/NOUN “ ¶ Der/DET Rat/NOUN tagte/VERB/tagen .;  Eva Kranich:f;  D:-:Kein guter Tag für die Stadt{quote+quote-run+subheading} | D:Eva Kranich:Das ist ein guter Tag{quote+verb-after-quote};  D:Eva Kranich:Das ist ein guter Tag{quote+verb-after-quote}
            """)
    void quoteRun(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(QuoteRun.NAME, lang, text, entities, expected, without);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de quotations are statements;      de; „ Wir/PRON bleiben/VERB/bleiben bei/ADP unserem/DET Angebot/NOUN “ , sagte/VERB/sagen Jana/PROPN Beispiel/PROPN am/ADP+DET Montag/NOUN .;  Jana Beispiel:f;  D:Jana Beispiel:Wir bleiben bei unserem Angebot{quote+verb-after-quote};  nothing
            de the reported clause stays;      de; Der/DET Vorsitzende/NOUN Ole/PROPN Brandt/PROPN sagte/VERB/sagen , das/DET Angebot/NOUN sei/AUX/sein „ eine/DET Zumutung/NOUN “ .;  Ole Brandt:m;  D:Ole Brandt:eine Zumutung{quote+inside-reported} | R:Ole Brandt:das Angebot sei „eine Zumutung“{zero-clause};  R:Ole Brandt:das Angebot sei „eine Zumutung“{zero-clause}
            de scare quotes are nothing;       de; Die/DET sogenannte/ADJ „ Koalition/NOUN der/DET Willigen/NOUN “ traf/VERB/treffen sich/PRON in/ADP Hagen/PROPN .;  Hagen:place;  nothing;  nothing
            en quotations are statements;      en; “ We/PRON will/AUX/will not/PART give/VERB/give up/ADP , ” Karen/PROPN Mills/PROPN said/VERB/say .;  Karen Mills:f;  D:Karen Mills:We will not give up,{quote+verb-after-quote};  nothing
            en scare quotes are nothing;       en; The/DET so-called/ADJ “ coalition/NOUN of/ADP the/DET willing/ADJ ” met/VERB/meet in/ADP Hagen/PROPN .;  Hagen:place;  nothing;  nothing
            """)
    void quote(String name, String lang, String text, String entities, String expected, String without) {
        Fixture.check(QuoteSieves.QUOTE, lang, text, entities, expected, without);
    }
}
