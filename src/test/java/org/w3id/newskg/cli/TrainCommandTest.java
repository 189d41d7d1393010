package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.newskg.nlp.PersonTrainer.Algorithm;
import org.w3id.newskg.nlp.PersonTrainer.Corpus;
import org.w3id.newskg.nlp.PersonTrainer.Feature;
import org.w3id.newskg.nlp.PersonTrainer.Options;

/** {@code newskg train persons} through the command line, without corpora or training (issue 12). */
class TrainCommandTest {
    @TempDir Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) { return Main.execute(new PrintWriter(out), new PrintWriter(err), args); }

    @Test
    void anUnknownFeatureIsBadUsageNamingTheKnownOnes() {
        assertEquals(2, run("train", "persons", "--ner", dir.toString(), "--features", "lexicon,rhymes"));
        assertTrue(err.toString().startsWith("newskg: --features: unknown value 'rhymes' (known: [lexicon, affixes, pos], none)"), err::toString);
    }

    @Test
    void aFolderWithoutTheCorporaIsOneLineNamingTheMissingFile() {
        assertEquals(1, run("train", "persons", "--ner", dir.toString(), "-o", dir.resolve("m.bin").toString()));
        assertEquals(1, err.toString().lines().count(), err::toString);
        assertTrue(err.toString().contains(dir.resolve("de/germeval2014/NER-de-dev.tsv") + ": missing"), err::toString);
    }

    @Test
    void theComparisonHasDefaultsEachFeatureInAndOutEachCorpusMixAndEachAlgorithm() {
        List<Options> v = TrainCommand.Persons.variants(Options.SHIPPED);
        assertEquals(v.size(), new HashSet<>(v).size(), "no configuration twice");
        assertTrue(v.contains(new Options(Options.SHIPPED.algorithm(), Options.SHIPPED.iterations(), Options.SHIPPED.cutoff(), Set.of(), Set.of())), "OpenNLP's defaults");
        for (Feature f : Feature.values()) assertTrue(v.contains(Options.SHIPPED.withCorpora(Set.of()).with(f, false)), "without " + f);
        for (Corpus c : Corpus.values()) assertTrue(v.contains(Options.SHIPPED.withCorpora(Set.of(c))), "with " + c);
        for (Algorithm a : Algorithm.values()) assertTrue(v.stream().anyMatch(o -> o.algorithm() == a), "with " + a);
    }
}
