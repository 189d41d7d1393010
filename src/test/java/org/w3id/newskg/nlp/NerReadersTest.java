package org.w3id.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.TokenRange;

/** The corpus readers of the person recogniser's training (issue 12), on invented samples in each format. */
class NerReadersTest {

    @Test
    void germEvalKeepsOuterPersonsOnlyAndStartsADocumentAtEverySentence() throws IOException {
        String tsv = """
                #\thttp://example.org/a\t[2020-01-01]\t
                1\tDie\tO\tO
                2\tMinisterin\tO\tO
                3\tJana\tB-PER\tO
                4\tBeispiel\tI-PER\tO
                5\tlobte\tO\tO
                6\tdie\tO\tO
                7\tBeispielsche\tB-PERderiv\tO
                8\tReform\tO\tO
                9\tvon\tO\tO
                10\tTom\tB-PER\tO
                11\tNovak\tI-PER\tB-LOC
                12\t.\tO\tO\t

                #\thttp://example.org/b\t[2020-01-02]\t
                1\tNovakstraße\tB-PERpart\tO
                2\tund\tO\tO
                3\tAda\tI-PER\tO

                """;
        List<GoldSentence> s = ColumnCorpus.parse(new StringReader(tsv), "t.tsv", ColumnCorpus.Documents.EVERY_SENTENCE);
        assertEquals(2, s.size());
        assertEquals("Die Ministerin Jana Beispiel lobte die Beispielsche Reform von Tom Novak .", s.get(0).text());
        assertEquals(List.of("Jana Beispiel", "Tom Novak"), s.get(0).personTexts());
        assertEquals(List.of("Ada"), s.get(1).personTexts(), "an I-PER after O starts a person; PERpart is none");
        assertTrue(s.get(0).newDocument() && s.get(1).newDocument());
    }

    @Test
    void columnLineWithoutTagIsAnErrorNamingFileAndLine() {
        NlpException e = assertThrows(NlpException.class,
                () -> ColumnCorpus.parse(new StringReader("1\tDie\tO\n2\tKiel\n"), "t.tsv", ColumnCorpus.Documents.EVERY_SENTENCE));
        assertTrue(e.getMessage().startsWith("t.tsv:2: "), e.getMessage());
    }

    @Test
    void unerUsesTheTextLineAndNewdocLines() throws IOException {
        String iob = """
                # newdoc id = x1
                # sent_id = x1-1
                # text = „Ja“, sagte Tom Novak.
                1\t„\tO\t-\t-
                2\tJa\tO\t-\t-
                3\t“\tO\t-\t-
                4\t,\tO\t-\t-
                5\tsagte\tO\t-\t-
                6\tTom\tB-PER\t-\t-
                7\tNovak\tI-PER\t-\t-
                8\t.\tO\t-\t-

                # sent_id = x1-2
                # text = Novak und Jana Beispiel gingen.
                1\tNovak\tB-PER\t-\t-
                2\tund\tO\t-\t-
                3\tJana\tB-PER\t-\t-
                4\tBeispiel\tI-PER\t-\t-
                5\tgingen\tO\t-\t-
                6\t.\tO\t-\t-
                """;
        List<GoldSentence> s = ColumnCorpus.parse(new StringReader(iob), "u.iob2", ColumnCorpus.Documents.NEWDOC_LINES);
        assertEquals("„Ja“, sagte Tom Novak.", s.get(0).text());
        assertEquals(List.of(new CharSpan(12, 21)), s.get(0).persons());
        assertEquals(List.of("Novak", "Jana Beispiel"), s.get(1).personTexts());
        assertTrue(s.get(0).newDocument());
        assertFalse(s.get(1).newDocument());
    }

    @Test
    void bioTagsSplitAdjacentPersonsAtB() {
        assertEquals(List.of(new TokenRange(0, 1), new TokenRange(1, 3), new TokenRange(4, 5)),
                BioTags.persons(List.of("B-PER", "B-PER", "I-PER", "O", "I-PER")));
        assertEquals(List.of(), BioTags.persons(List.of("B-LOC", "B-PERpart", "I-PERderiv", "O")));
    }

    @Test
    void smartDataConvertsCodePointOffsetsAndKeepsOnlyAlignedPersons() throws IOException {
        // "🙂" is one code point and two UTF-16 units: "Jana Beispiel" is at code points 7-20, UTF-16 8-21
        String json = """
                {"id": "d1", "text": {"string": "Heute🙂 Jana Beispiel in Kiel."},
                 "conceptMentions": {"array": [
                   {"type": "person", "span": {"start": 7, "end": 20}, "normalizedValue": {"string": "Jana Beispiel"}},
                   {"type": "location-city", "span": {"start": 24, "end": 28}, "normalizedValue": {"string": "Kiel"}},
                   {"type": "person", "span": {"start": 12, "end": 20}, "normalizedValue": {"string": "Beispiel"}},
                   {"type": "person", "span": {"start": 0, "end": 2}, "normalizedValue": {"string": "Tom"}}
                 ]}}
                {"id": "d2", "text": {"string": "Tom Novak kam."},
                 "conceptMentions": {"array": [{"type": "person", "span": {"start": 0, "end": 9}, "normalizedValue": null}]}}
                """;
        SmartDataCorpus.Result r = SmartDataCorpus.parse(new StringReader(json), "s.json");
        assertEquals(2, r.documents().size());
        SmartDataCorpus.Document d = r.documents().getFirst();
        assertEquals(List.of(new CharSpan(8, 21)), d.persons());
        assertEquals("Jana Beispiel", d.persons().getFirst().in(d.text()));
        assertEquals(2, r.droppedMentions(), "the overlapping mention and the one whose text differs");
        assertEquals("Tom Novak", r.documents().get(1).persons().getFirst().in(r.documents().get(1).text()));
    }

    @Test
    void europeanaCutsSentencesSkipsBrokenLinesAndStartsDocumentsAtHeaders() throws IOException {
        String bio = """
                # file:\tX_0001
                Herr O
                Tom B-PER
                Novak I-PER
                sprach O
                . O
                Die O
                Gräfin O
                Ada B-PEr
                ??? 
                lachte O
                . O
                # file:\tX_0002
                Jana B-PER
                """;
        EuropeanaCorpus.Result r = EuropeanaCorpus.parse(new StringReader(bio));
        assertEquals(1, r.skippedLines());
        assertEquals(3, r.sentences().size());
        assertEquals("Herr Tom Novak sprach .", r.sentences().get(0).text());
        assertEquals(List.of("Tom Novak"), r.sentences().get(0).personTexts());
        assertEquals(List.of("Ada"), r.sentences().get(1).personTexts(), "tag case does not matter");
        assertEquals(List.of(true, false, true), r.sentences().stream().map(GoldSentence::newDocument).toList());
    }

    @Test
    void europeanaCutsALongSentenceOnlyOutsideAName() throws IOException {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < EuropeanaCorpus.MAX_TOKENS - 1; i++) bio.append("wort O\n");
        bio.append("Tom B-PER\nNovak I-PER\nkam O\n");
        List<GoldSentence> s = EuropeanaCorpus.parse(new StringReader(bio.toString())).sentences();
        assertEquals(2, s.size());
        assertEquals(List.of("Tom Novak"), s.get(0).personTexts());
        assertEquals("kam", s.get(1).text());
    }

    @Test
    void projectionGivesEveryTokenAPersonOverlapsAndCountsInexactAndLostOnes() {
        String text = "Die Jana-Beispiel kam mit Novaks Hund.";
        List<CharSpan> tokens = List.of(new CharSpan(0, 3), new CharSpan(4, 8), new CharSpan(8, 17), new CharSpan(18, 21),
                new CharSpan(22, 25), new CharSpan(26, 32), new CharSpan(33, 37), new CharSpan(37, 38));
        int[] counts = new int[3];
        String[] tags = {"DET", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "NOUN", "PUNCT"};
        NameSample s = NerCorpora.sample(text, tokens, tags,
                List.of(new CharSpan(4, 17), new CharSpan(26, 31), new CharSpan(28, 30)), true, counts);
        assertArrayEquals(new String[] {"Die", "Jana", "-Beispiel", "kam", "mit", "Novaks", "Hund", "."}, s.getSentence());
        assertArrayEquals(new Span[] {new Span(1, 3, "person"), new Span(5, 6, "person")}, s.getNames());
        assertArrayEquals(new int[] {2, 1, 1}, counts, "2 persons, 'Novak' inside 'Novaks', one lost to overlap");
        assertTrue(s.isClearAdaptiveDataSet());
        assertArrayEquals(new String[] {"pos=PROPN", "pos-1=DET", "pos+1=PROPN"}, s.getAdditionalContext()[1]);
        assertArrayEquals(new String[] {"pos=PUNCT", "pos-1=NOUN", "pos+1=EOS"}, s.getAdditionalContext()[7]);
    }

    @Test
    void heldOutIsEveryFifthGermEvalTestSentence() {
        assertEquals(1020, IntStream.range(0, 5100).filter(NerCorpora::isHeldOut).count());
        assertTrue(NerCorpora.isHeldOut(4) && NerCorpora.isHeldOut(9));
        assertFalse(NerCorpora.isHeldOut(0) || NerCorpora.isHeldOut(5));
    }

    @Test
    void lexiconFeaturesMarkFirstNamesSurnamesTitlesAlsoAsCompoundHeadsAndAWordAfterAFirstName() {
        PersonLexicon lexicon = PersonLexicon.fromResources();
        var gen = new LexiconFeatureGeneratorFactory.Generator(lexicon);
        String[] tokens = {"Die", "Verteidigungsministerin", "Jana", "Beispiel", "und", "-Chef", "Trudeau"};
        List<List<String>> features = IntStream.range(0, tokens.length).mapToObj(i -> {
            List<String> f = new java.util.ArrayList<>();
            gen.createFeatures(f, tokens, i, new String[0]);
            return f;
        }).toList();
        assertEquals(List.of(List.of(), List.of("lex=title"), List.of("lex=fn", "lex=fn+cap"), List.of("lex=fn+this"), List.of(),
                List.of("lex=title"), List.of("lex=sn")), features);
    }
}
