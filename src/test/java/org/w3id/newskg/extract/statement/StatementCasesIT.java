package org.w3id.newskg.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.newskg.ingest.ArticleReader;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.pipeline.TestPipeline;

/**
 * The conventions of ANNOTATION.md, one invented passage each, through the real models: the statements found,
 * each as {@code kind:speaker:words{rule}} ({@code -} for no speaker; the rule as {@code nkg:rule} records it, e.g.
 * {@code quote+verb-after-quote}), sorted, joined by " | ". Negative cases expect nothing. The model-free tables of
 * each rule are {@link VerbComplementTest}, {@link StatementRuleTest}, {@link SpeakerSieveTest} and {@link RevisionTest}.
 */
class StatementCasesIT {
    private static final ArticleReader READER = ArticleReader.create().build();

    private static String found(String lang, String text) {
        Extraction ex = TestPipeline.get().extract(READER.fromText("case", text, Optional.of(lang)));
        return ex.statements().stream().map(s -> (s.kind() == Statement.Kind.DIRECT_QUOTE ? "D" : "R") + ":"
                        + s.speaker().flatMap(ex::entity).map(Entity::label).orElse("-") + ":" + s.words().in(text) + "{" + s.rule() + "}")
                .sorted().collect(Collectors.joining(" | "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            de low-high quote, verb after;       de; „Wir bleiben bei unserem Angebot“, sagte Verhandlungsführerin Jana Beispiel am Montag.;  D:Jana Beispiel:Wir bleiben bei unserem Angebot{quote+verb-after-quote}
            de guillemets, verb before colon;    de; Der Bürgermeister Tom Novak sagte: »Die Brücke wird im Mai fertig.«;  D:Tom Novak:Die Brücke wird im Mai fertig.{quote+verb-before-quote}
            de interrupted quote;                de; „Das ist ein guter Tag“, sagte Eva Kranich, „aber die Arbeit beginnt erst.“;  D:Eva Kranich:Das ist ein guter Tag{quote+verb-after-quote} | D:Eva Kranich:aber die Arbeit beginnt erst.{quote+verb-before-quote}
            de dass clause;                      de; Die Ministerin Petra Holm betonte, dass die Gespräche konstruktiv verlaufen seien.;  R:Petra Holm:die Gespräche konstruktiv verlaufen seien{that-clause}
            de zero clause Konjunktiv;           de; Der Gewerkschaftschef Ole Brandt sagte, die Lage sei ernst.;  R:Ole Brandt:die Lage sei ernst{zero-clause}
            de preposed clause;                  de; Die Lage sei ernst, sagte der Gewerkschaftschef Ole Brandt am Abend.;  R:Ole Brandt:Die Lage sei ernst{preposed-clause}
            de Konjunktiv chain;                 de; Der Gewerkschaftschef Ole Brandt sagte, die Lage sei ernst. Man werde weiter verhandeln.;  R:Ole Brandt:Man werde weiter verhandeln{konjunktiv-chain+continues} | R:Ole Brandt:die Lage sei ernst{zero-clause}
            de laut;                             de; Laut Bürgermeister Tom Novak wird die Brücke im Mai eröffnet.;  R:Tom Novak:wird die Brücke im Mai eröffnet{attribution-phrase}
            de pronoun speaker;                  de; Die Ministerin Petra Holm kam am Morgen. Sie sagte, der Plan sei gut.;  R:Petra Holm:der Plan sei gut{zero-clause}
            de title speaker;                    de; Außenministerin Petra Holm reiste nach Oslo. „Wir kommen voran“, sagte die Ministerin.;  D:Petra Holm:Wir kommen voran{quote+verb-after-quote}
            de organisation source;              de; Das Ministerium teilte mit, die Regeln würden geändert.;  R:-:die Regeln würden geändert{zero-clause}
            de partial quote in reported;        de; Der Vorsitzende Ole Brandt sagte, das Angebot sei „eine Zumutung“.;  D:Ole Brandt:eine Zumutung{quote+inside-reported} | R:Ole Brandt:das Angebot sei „eine Zumutung“{zero-clause}
            de ersterer;                         de; Tom Novak und Ole Brandt stritten lange. Ersterer sagte, der Plan sei schlecht.;  R:Tom Novak:der Plan sei schlecht{zero-clause}
            de clause after an inserted attribution; de; Die Spielweise werde „nicht kompliziert“ sein, sagte Trainer Ole Brandt, sie sei darauf ausgelegt, den Spielern Halt zu geben.;  D:Ole Brandt:nicht kompliziert{quote+inside-reported} | R:Ole Brandt:Die Spielweise werde „nicht kompliziert“ sein{konjunktiv-chain} | R:Ole Brandt:sie sei darauf ausgelegt, den Spielern Halt zu geben{zero-clause}
            de speech verb inside a Konjunktiv clause; de; Der Sprecher Tom Novak sagte, das Treffen sei gut gewesen. Russland habe seine Positionen bestätigt, die USA hätten sie akzeptiert.;  R:Tom Novak:Russland habe seine Positionen bestätigt, die USA hätten sie akzeptiert{konjunktiv-chain+continues} | R:Tom Novak:das Treffen sei gut gewesen{zero-clause}
            de attribution in the next sentence; de; Tom Novak setzt auf eine einfache Spielidee. Das kündigte der 36-Jährige am Freitag in Frankfurt an.;  R:Tom Novak:Tom Novak setzt auf eine einfache Spielidee{next-sentence}
            de next-sentence attribution before a colon quote; de; Tom Novak setzt auf eine Spielidee, „die leicht umzusetzen ist“. Das kündigte der 36-Jährige am Freitag in Frankfurt an: „Vor allem in schwierigen Momenten ist das wichtig.“;  D:Tom Novak:Vor allem in schwierigen Momenten ist das wichtig.{quote+verb-before-quote} | D:Tom Novak:die leicht umzusetzen ist{quote+inside-reported} | R:Tom Novak:Tom Novak setzt auf eine Spielidee, „die leicht umzusetzen ist“{next-sentence}
            de Konjunktiv after a speech named by its channel; de; In seiner Rede reicht FDP-Fraktionschef Tom Novak der CDU erst die Hand. Er stimme Petra Holm zu, bei der Migration bedarf es „Recht und Ordnung“.;  D:Tom Novak:Recht und Ordnung{quote+inside-reported} | R:Tom Novak:Er stimme Petra Holm zu, bei der Migration bedarf es „Recht und Ordnung“{konjunktiv-chain+after-speech-act}
            de Konjunktiv of a verb the lemmatizer lacks; de; Der Minister Tom Novak sagte, die Vorgänger hätten Fehler gemacht. Diese korrigiere die jetzige Regierung.;  R:Tom Novak:Diese korrigiere die jetzige Regierung{konjunktiv-chain+continues} | R:Tom Novak:die Vorgänger hätten Fehler gemacht{zero-clause}
            de speech noun with a zu-infinitive; de; Der Vorwurf von Tom Novak, mit dem Zuschuss Leerstand zu fördern, regt Petra Holm auf.;  R:Tom Novak:mit dem Zuschuss Leerstand zu fördern{noun-complement}
            de opinion predicate;                de; Tom Novak ist der Meinung, dass der Plan scheitern werde.;  R:Tom Novak:der Plan scheitern werde{noun-complement}
            de news that is no speech of the subject; de; Tom Novak zeigte sich überrascht von der Nachricht, dass der Wasserfall so nah liegt.;  ``
            de a quotation said again further down; de; Tom Novak lobte den Plan am Montag. „Der Plan ist ein großer Fehler“ Die Ministerin Petra Holm widersprach am Abend: „Ich sage es deutlich: Der Plan ist ein großer Fehler.“;  D:Petra Holm:Der Plan ist ein großer Fehler{quote+verb-after-quote} | D:Petra Holm:Ich sage es deutlich: Der Plan ist ein großer Fehler.{quote+verb-before-quote}
            de a pronoun continues the subject;  de; Der Bürgermeister Tom Novak sprach lange mit dem Minister Ole Brandt. Er sagte danach, der Plan sei gut.;  R:Tom Novak:der Plan sei gut{zero-clause}
            de a relative clause in the subject is no statement; de; Der kanadische Handelsminister Tom Novak, der zum ersten Mal teilnahm, forderte die Partner auf, die Zusagen einzuhalten.;  R:Tom Novak:die Zusagen einzuhalten{infinitive}
            de an unnamed official named later;  de; Ein hochrangiger Beamter sagte, die Zölle hätten das Gespräch bestimmt. Der Beamte, Staatssekretär Martin Lévesque, fügte hinzu, man habe keine Frist verlangt.;  R:Martin Lévesque:die Zölle hätten das Gespräch bestimmt{zero-clause+named-later} | R:Martin Lévesque:man habe keine Frist verlangt{zero-clause}
            de 'so' and a title;                 de; Der Vorsitzende der Gewerkschaft, Timo Brackmann, kam spät. Man werde nun zu Warnstreiks aufrufen, so der Gewerkschaftschef.;  R:Timo Brackmann:Man werde nun zu Warnstreiks aufrufen{konjunktiv-chain}
            de next-sentence attribution with a relative clause; de; Die Pendler seien die Leidtragenden jahrelanger Versäumnisse. Das behauptet der Oberbürgermeister Tobias Reuschle, der an dem Treffen nicht teilnahm.;  R:Tobias Reuschle:Die Pendler seien die Leidtragenden jahrelanger Versäumnisse{next-sentence}
            de naming construction;              de; Der Bürgermeister Tom Novak nannte den Beschluss „einen Neuanfang“.;  D:Tom Novak:einen Neuanfang{quote+naming}
            de zu-infinitive;                    de; Die Ministerin Petra Holm rief dazu auf, die Vorräte aufzustocken.;  R:Petra Holm:die Vorräte aufzustocken{infinitive}
            de sich festlegen, dass;             de; Die Trainerin Petra Holm legte sich früh fest, dass Tom Novak Kapitän bleibt.;  R:Petra Holm:Tom Novak Kapitän bleibt{that-clause}
            de ließ wissen, dass;                de; Der Vorsitzende Tom Novak ließ wissen, dass er erneut kandidieren werde.;  R:Tom Novak:er erneut kandidieren werde{that-clause}
            de negated speech is nothing;        de; Das sagte Tom Novak nicht.;  ``
            de emotion is nothing;               de; Viele Händler befürchteten, die Baustelle werde Kunden kosten.;  ``
            de scare quotes are nothing;         de; Die sogenannte „Koalition der Willigen“ traf sich in Rom.;  ``
            de narration is nothing;             de; Die Brücke wurde 1911 gebaut und ist 300 Meter lang.;  ``
            en curly quote, said after;          en; “We will not give up,” said union leader Karen Mills.;  D:Karen Mills:We will not give up,{quote+verb-after-quote}
            en that clause;                      en; Mayor Tom Novak said that the bridge would open in May.;  R:Tom Novak:the bridge would open in May{that-clause}
            en zero complementizer;              en; Finance Minister Jana Ferris said the deal was dead.;  R:Jana Ferris:the deal was dead{zero-clause}
            en preposed clause;                  en; The deal is dead, Finance Minister Jana Ferris told reporters.;  R:Jana Ferris:The deal is dead{preposed-clause}
            en pronoun;                          en; Jana Ferris arrived on Monday. She said the talks had gone well.;  R:Jana Ferris:the talks had gone well{zero-clause}
            en urged to;                         en; Senator Mark Oduya urged the council to delay the vote.;  R:Mark Oduya:to delay the vote{infinitive}
            en according to;                     en; According to Mayor Tom Novak, the bridge will open in May.;  R:Tom Novak:the bridge will open in May{attribution-phrase}
            en anonymous source;                 en; Sources said the minister would resign.;  R:-:the minister would resign{zero-clause}
            en interrupted quote;                en; “It is a good day,” Eva Kranich said. “But the work starts now.”;  D:Eva Kranich:But the work starts now.{quote+quote-run} | D:Eva Kranich:It is a good day,{quote+verb-after-quote}
            en unknown first name in apposition; en; The union’s general secretary, Ysolde Fairbarn, said the offer was an insult.;  R:Ysolde Fairbarn:the offer was an insult{zero-clause}
            en opinion verb goes on with the clause; en; Dr Callum Baird said he was disappointed but believed a deal was still possible.;  R:Callum Baird:he was disappointed but believed a deal was still possible{zero-clause}
            en second speech act is cut off;     en; Mayor Tom Novak said the plan was dead and urged the council to start again.;  R:Tom Novak:the plan was dead{zero-clause} | R:Tom Novak:to start again{infinitive}
            en a title resolved by the office holder of the knowledge base; en; President Tom Novak welcomed summit host Mark Carney. The Canadian Prime Minister said the talks had gone well.;  R:Mark Carney:the talks had gone well{zero-clause}
            en a title of another country is not that holder; en; Summit host Mark Carney greeted President Tom Novak. The French President said the talks had gone well.;  R:Tom Novak:the talks had gone well{zero-clause}
            en hyphenated word split by the tokenizer; en; Dr Samuel Achterberg said farm run-off and warmer summers were the main causes.;  R:Samuel Achterberg:farm run-off and warmer summers were the main causes{zero-clause}
            en 'its' read as 'it is' by the tagger; en; The industry body said its members were investing record sums.;  R:-:its members were investing record sums{zero-clause}
            en two that-clauses, one statement;  en; Dr Imogen Keyte said that the sites had changed and that the decline might be smaller.;  R:Imogen Keyte:the sites had changed and that the decline might be smaller{that-clause}
            en a genitive name opens the clause; en; Mads Winther spoke first. He said Greenland's government would be involved.;  R:Mads Winther:Greenland's government would be involved{zero-clause}
            en the former and the latter;        en; `Anders Kjeldsen and Sten Hovgaard have clashed. The former said the board was slow; the latter said the remark was unhelpful.`;  R:Anders Kjeldsen:the board was slow{zero-clause} | R:Sten Hovgaard:the remark was unhelpful{zero-clause}
            en a noun phrase after reported is no clause; en; The company reported a smaller than expected loss and said orders had doubled.;  R:-:orders had doubled{zero-clause}
            en a plural noun read as a speech verb; en; Mayor Tom Novak is feeling the pressure as reports swirl as to whether he will remain in office.;  ``
            en a participle after a comma is no attribution; en; Mayor Tom Novak welcomed the ruling on Monday, signaling a return to talks.;  ``
            en a pronoun continues the subject; en; Mayor Tom Novak was referring to Vice Premier Ole Brandt, who led the talks. He said that there had been no breakthrough.;  R:Tom Novak:there had been no breakthrough{that-clause}
            en apposition with a place after 'of'; en; `Their lead negotiator, Tevita Fonua of Tonga, told the closing plenary: “We will be back.” Fonua urged donors to double their pledges.`;  D:Tevita Fonua:We will be back.{quote+verb-before-quote} | R:Tevita Fonua:to double their pledges{infinitive}
            en an unnamed official named later;  en; A senior Canadian official said the steel duties had taken up most of the call. The official, deputy minister Martin Lévesque, added that Ottawa had not asked for a deadline.;  R:Martin Lévesque:Ottawa had not asked for a deadline{that-clause} | R:Martin Lévesque:the steel duties had taken up most of the call{zero-clause+named-later}
            en accused of after a participle;    en; Councillor Graham Whitlock accused the ruling group of ignoring more than 4,000 objections.;  R:Graham Whitlock:ignoring more than 4,000 objections{infinitive}
            en agreed to is no clause;           en; Trade ministers from eleven economies agreed on Sunday to restart negotiations on a digital trade agreement.;  ``
            en 'said it' and a past tense;       en; A spokesman for the bus operator said it welcomed the lanes and expected journey times to fall.;  R:-:it welcomed the lanes and expected journey times to fall{zero-clause}
            en single quotes nested;             en; ‘He called it “a farce”,’ the source said.;  D:-:He called it “a farce”,{quote+verb-after-quote}
            en quote in a nested clause is the inner speaker's; en; Mayor Tom Novak arrived late. One aide said he told the council that the budget was “a disaster”.;  D:Tom Novak:a disaster{quote+inside-reported} | R:-:he told the council that the budget was “a disaster”{zero-clause} | R:Tom Novak:the budget was “a disaster”{that-clause}
            de nested reported clause;           de; Der Bürgermeister Tom Novak kam spät. Ein Mitarbeiter sagte, Novak habe dem Rat erklärt, der Haushalt sei „ein Desaster“.;  D:Tom Novak:ein Desaster{quote+inside-reported} | R:-:Novak habe dem Rat erklärt, der Haushalt sei „ein Desaster“{zero-clause} | R:Tom Novak:der Haushalt sei „ein Desaster“{zero-clause}
            de indefinite title is someone new;  de; Die Ministerin Petra Holm verließ den Saal. Eine Sprecherin sagte, die Ministerin sei erkrankt.;  R:-:die Ministerin sei erkrankt{zero-clause}
            en indefinite title is someone new;  en; Senator Mark Oduya left early. An aide said the senator was ill.;  R:-:the senator was ill{zero-clause}
            en NP object is nothing;             en; The minister called for a ceasefire.;  ``
            en emotion is nothing;               en; Residents feared the river would flood again.;  ``
            de compound attribution noun;        de; Nach Polizeiangaben kam der Wagen von der Fahrbahn ab.;  R:-:kam der Wagen von der Fahrbahn ab{attribution-phrase}
            de wie clause, verb tagged ADJ;      de; Wie das Ministerium weiterhin mitteilte, wird die Brücke im Mai eröffnet.;  R:-:wird die Brücke im Mai eröffnet{wie-clause}
            de wie clause, particle before verb; de; Wie der Verband am Montag bekannt gab, wird die Messe verschoben.;  R:-:wird die Messe verschoben{wie-clause}
            de spoke of a quoted term, group;    de; Händler sprachen von einer „Erleichterungsrally“.;  D:-:Erleichterungsrally{quote+naming}
            de rated as, organisation;           de; Die Union kritisierte den Vorstoß als »Symbolpolitik«.;  D:-:Symbolpolitik{quote+naming}
            de second quote after the first;     de; Der Vorsitzende Ole Brandt fügte hinzu: »Wir müssen uns nicht verstecken«, aber »besser werden«.;  D:Ole Brandt:Wir müssen uns nicht verstecken{quote+verb-before-quote} | D:Ole Brandt:besser werden{quote+verb-before-quote}
            de newspaper name is nothing;        de; Der Bankchef Tom Novak dachte in einem Gespräch mit der „Financial Times“ laut über Nachfolger nach.;  ``
            de preterite wollte is no chain;     de; Der Richter Tom Novak sagte, die Lage sei ernst. Danach wollte der Richter den Termin nicht verschieben.;  R:Tom Novak:die Lage sei ernst{zero-clause}
            de Konjunktiv only in the trimmed clause; de; Tom Novak, der Bürgermeister von Hagen, teilte mit, dass die Brücke gesperrt sei.;  R:Tom Novak:die Brücke gesperrt sei{that-clause}
            de nach with adjective, inside;      de; Das Feuer soll nach ersten Untersuchungen in der Küche ausgebrochen sein.;  R:-:Das Feuer soll nach ersten Untersuchungen in der Küche ausgebrochen sein{attribution-phrase}
            de nach is no source by itself;      de; Nach dem Treffen fuhr die Delegation zurück nach Berlin.;  ``
            de possessive source;                de; Die Ministerin Petra Holm sagte, der Plan sei gut. Nach ihren Angaben sind die Kosten gesunken.;  R:Petra Holm:der Plan sei gut{zero-clause} | R:Petra Holm:sind die Kosten gesunken{attribution-phrase+possessive}
            de dass far from the verb;           de; So berichtete der Journalist Tom Novak dem Sender am Abend in einem langen Gespräch, dass das Projekt scheitere.;  R:Tom Novak:das Projekt scheitere{that-clause}
            de demnach after a report;           de; Die Staatsanwaltschaft gab das Ergebnis der Obduktion bekannt. Demnach starb der Mann an einem Herzinfarkt.;  R:-:starb der Mann an einem Herzinfarkt{attribution-phrase+continues}
            en told radio that, tagged pronoun;  en; Finance Minister Jana Ferris later told local radio that her government was ready to listen.;  R:Jana Ferris:her government was ready to listen{that-clause}
            en role before the name resolves title; en; The union's chief negotiator, Karen Mills, arrived early. The veteran negotiator warned that the talks could fail.;  R:Karen Mills:the talks could fail{that-clause}
            en spoke of a quoted term;           en; Mayor Tom Novak spoke of a “turning point” for the city.;  D:Tom Novak:turning point{quote+naming}
            """)
    void statements(String name, String lang, String text, String expected) {
        assertEquals(expected == null ? "" : expected, found(lang, text), name);
    }

    /** The speaker mention as written: the whole noun phrase (contract shape 4, GermEval's Source), pronouns as they stand. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            title and party;             de; „Wir bleiben dabei“, sagte die Bundesministerin Jana Beispiel (SPD).;  die Bundesministerin Jana Beispiel (SPD)
            apposition after the name;   de; Tom Novak, der Bürgermeister von Hagen, sagte, die Brücke sei gesperrt.;  Tom Novak, der Bürgermeister von Hagen
            name after the role;         de; Der Sprecher der Stadtwerke, Ole Brandt, sagte, die Preise würden steigen.;  Der Sprecher der Stadtwerke, Ole Brandt
            von attribute;               de; „Das ist neu“, sagte Eva Kranich vom Institut für Meeresforschung.;  Eva Kranich vom Institut für Meeresforschung
            genitive head, unnamed;      de; Ein Sprecher des Finanzministeriums sagte, es gebe keinen Grund zur Sorge.;  Ein Sprecher des Finanzministeriums
            attribution noun;            de; Nach Angaben der Polizei wurde niemand verletzt.;  Angaben der Polizei
            dative after a name is out;  de; Die Lage sei ernst, sagte Tom Novak der Zeitung.;  Tom Novak
            unnamed subject written down; de; Die Feuerwehr teilte mit, dass niemand verletzt worden sei.;  Die Feuerwehr
            nach phrase is the source;   de; Nach ersten Untersuchungen der Polizei war der Fahrer zu schnell.;  ersten Untersuchungen der Polizei
            object is no speaker;        de; Der Minister Tom Novak kritisierte den Vorstand, er habe zu spät gehandelt.;  Der Minister Tom Novak
            pronoun stays;               de; Tom Novak kam spät. Er sagte, die Sitzung sei lang gewesen.;  Er
            english title;               en; “We will not give up,” said Council leader Priya Mensah.;  Council leader Priya Mensah
            place attribute of a noun;   de; Eine Sprecherin der Polizei in Dortmund sagte, der Verkehr sei wieder freigegeben.;  Eine Sprecherin der Polizei in Dortmund
            place after a name is out;   de; Die Lage sei ernst, sagte Tom Novak in Berlin.;  Tom Novak
            role with a name, then name; de; Der Angriff sei eine Strafe, so der Sprecher der Bewegung Freies Oberland, Paul Winkler.;  der Sprecher der Bewegung Freies Oberland, Paul Winkler
            role with a place, then name; de; Der Vorsitzende des Handwerksverbands in Hessen, Paul Winkler, kritisierte die Entscheidung: „Das ist falsch.“;  Der Vorsitzende des Handwerksverbands in Hessen, Paul Winkler
            coordinated after nach;      de; Nach Angaben von AFP und Reuters wurde der Angeklagte freigesprochen.;  Angaben von AFP und Reuters
            passive agent;               de; Die Zuschauer wurden von der Polizei aufgefordert, das Stadion zu verlassen.;  der Polizei
            passive without agent;       de; Dem Trainer Paul Winkler wird vorgeworfen, Spieler beleidigt zu haben.;  -
            title tagged as a name;      de; Der ZDF-Korrespondent in Hamburg, Paul Winkler, berichtete, dass der Hafen gesperrt worden sei.;  Der ZDF-Korrespondent in Hamburg, Paul Winkler
            unresolved pronoun stays;    de; Am Telefon war nur eine Büroangestellte. Diese bestätigte, dass gegen den Mann ein Haftbefehl besteht.;  Diese
            circle of sources;           de; Aus Vereinskreisen verlautete, dass der Trainer entlassen werde.;  Aus Vereinskreisen
            apposition before an inserted infinitive; de; Am Donnerstag sagte Richter Paul Winkler, Vorsitzender der Strafkammer, ohne auf einen Fall einzugehen, dass ihn die Vorwürfe besorgt hätten.;  Richter Paul Winkler, Vorsitzender der Strafkammer
            """)
    void speakerMentions(String name, String lang, String text, String expected) {
        Extraction ex = TestPipeline.get().extract(READER.fromText("case", text, Optional.of(lang)));
        String mentions = ex.statements().stream().map(st -> st.speakerSpan().map(m -> m.in(text)).orElse("-"))
                .distinct().collect(Collectors.joining(" | "));
        assertEquals(expected, mentions, name);
    }
}
