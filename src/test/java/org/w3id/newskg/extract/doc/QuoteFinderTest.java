package org.w3id.newskg.extract.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotation conventions of German and English news; '|' separates the expected quotations. */
class QuoteFinderTest {
    private final QuoteFinder finder = new QuoteFinder(org.w3id.newskg.extract.Lexicon.of("de").quoteMarks());

    private String quotes(String text) {
        List<Quote> qs = finder.find(text);
        return String.join("|", qs.stream().map(q -> q.content().in(text)).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            German low-high;             Sie sagte: „Wir bleiben hier.“ Dann ging sie.;         Wir bleiben hier.
            German closing with ”;       Er sagte: „Das geht.” Punkt.;                          Das geht.
            guillemets in;               »Wir warten«, sagte er.;                                Wir warten
            guillemets out;              «Wir warten», sagte er.;                                Wir warten
            single German;               ‚Das ist gut‘, sagte sie.;                              Das ist gut
            English curly;               “We will stay,” she said.;                             We will stay,
            English single with nested;  ‘He called it “a farce”,’ the source said.;            He called it “a farce”,
            straight double;             "Es reicht", sagte er.;                                 Es reicht
            straight single;             'It is over,' he said.;                                 It is over,
            apostrophes are not quotes;  He didn't say it was Merz' plan or Novak's.;            EMPTY
            two quotes;                  „Eins“, sagte er, „zwei“.;                             Eins|zwei
            """)
    void findsQuotations(String name, String text, String expected) {
        assertEquals(expected.equals("EMPTY") ? "" : expected, quotes(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
            unclosed inside a paragraph is dropped;   Er sagte „ohne Ende und ging.;                        EMPTY
            stray closing mark;                       Das war es“ und fertig.;                              EMPTY
            stray English closing mark;               It was over” and done.;                               EMPTY
            unclosed guillemet;                       She said »yes and left.;                              EMPTY
            stray closing before a quotation;         Das war es“ und fertig. „Gut“, sagte sie.;            Gut
            unclosed after a quotation;               „Gut“, sagte sie. Er sagte „ohne Ende und ging.;      Gut
            unclosed second of two;                   „Eins“, sagte er, „zwei.;                             Eins
            """)
    void unbalancedMarksNeverRunAway(String name, String text, String expected) {
        assertEquals(expected.equals("EMPTY") ? "" : expected, quotes(text));
    }

    @org.junit.jupiter.api.Test
    void britishMultiParagraphQuotationIsOneAndKeepsInnerOpeningMarks() {
        String text = "He said:\n“We came to talk.\n“We will come back.”\nThen he left.";
        List<Quote> qs = finder.find(text);
        assertEquals(1, qs.size());
        assertEquals("We came to talk.\n“We will come back.", qs.getFirst().content().in(text));
    }

    @org.junit.jupiter.api.Test
    void unclosedQuotationOpeningAParagraphRunsToItsEnd() {
        String text = "Sie sagte:\n„Wir bleiben.\nDanach war Ruhe.";
        List<Quote> qs = finder.find(text);
        assertEquals(1, qs.size());
        assertEquals("Wir bleiben.", qs.getFirst().content().in(text));
    }

    @org.junit.jupiter.api.Test
    void lineBreakInsideAQuotationClosedOnALaterLineIsSoft() {
        String text = "Die Trainerin sagte: „Wir haben verloren.\nDas tut weh.\nAber wir kommen wieder.“\nDann ging sie.";
        List<Quote> qs = finder.find(text);
        assertEquals(1, qs.size());
        assertEquals("Wir haben verloren.\nDas tut weh.\nAber wir kommen wieder.", qs.getFirst().content().in(text));
        assertEquals("Gut", quotes("Er nannte es „ganz\n\nohne Sinn. „Gut“, sagte sie."));   // a blank line ends it
        assertEquals("Gut", quotes("Er nannte es „ganz\nohne Sinn. „Gut“, sagte sie."));     // so does a new opening mark
    }
}
