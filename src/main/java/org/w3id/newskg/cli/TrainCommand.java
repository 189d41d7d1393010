package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.w3id.newskg.nlp.PersonRecogniser;
import org.w3id.newskg.nlp.PersonTrainer;
import org.w3id.newskg.nlp.PersonTrainer.Algorithm;
import org.w3id.newskg.nlp.PersonTrainer.Corpus;
import org.w3id.newskg.nlp.PersonTrainer.Options;
import org.w3id.newskg.nlp.PersonTrainer.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train persons --ner DIR [-o FILE]}: trains the German person recogniser on the shared NER corpora,
 * prints its scores on the held-out GermEval part and UNER German-PUD, and writes the model; {@code --eval} only
 * scores a model, {@code --compare} trains the comparison of features, corpora and algorithms and prints it.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains newskg's statistical models.",
        subcommands = {TrainCommand.Persons.class})
final class TrainCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "persons", mixinStandardHelpOptions = true,
            description = {"Trains the German person recogniser (OpenNLP name finder) on GermEval 2014 (dev and 80% of test), "
                    + "optionally SmartData and Europeana, and scores it on the held-out GermEval sentences (every fifth of test) "
                    + "and UNER German-PUD. Same data and options give the same model file."})
    static final class Persons implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--ner", paramLabel = "DIR", required = true, description = "The shared NER folder (with de/germeval2014, de/smartdata_v1, de/europeana, de/uner).")
        Path ner;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where the model goes (default: data/models/de-persons.bin).")
        Path output = Path.of("data/models/de-persons.bin");

        @Option(names = "--eval", description = "Score a model instead of training one: --model FILE, or the shipped model.")
        boolean eval;

        @Option(names = "--model", paramLabel = "FILE", description = "With --eval: the model to score (default: the one in the jar).")
        Path model;

        @Option(names = "--compare", description = "Train with and without dictionary features, SmartData and Europeana, and with both algorithms; print the table, write nothing.")
        boolean compare;

        @Option(names = "--algorithm", paramLabel = "A", description = "perceptron or maxent (default: ${DEFAULT-VALUE}).")
        Algorithm algorithm = Options.SHIPPED.algorithm();

        @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
        int iterations = Options.SHIPPED.iterations();

        @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
        int cutoff = Options.SHIPPED.cutoff();

        @Option(names = "--no-lexicon", description = "Without the dictionary features (first names, titles, gazetteer surnames).")
        boolean noLexicon;

        @Option(names = "--corpora", paramLabel = "LIST", split = ",",
                description = "Corpora besides GermEval: smartdata, europeana, or none (default: the shipped model's).")
        List<String> corpora;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PersonTrainer trainer = PersonTrainer.open(ner, line -> { err.println("train: " + line); err.flush(); });
            if (eval) {
                long t0 = System.nanoTime();
                PersonRecogniser r = model == null ? PersonRecogniser.shipped() : PersonRecogniser.load(model);
                out.printf("model %s loaded in %d ms%n", model == null ? PersonRecogniser.RESOURCE : model, (System.nanoTime() - t0) / 1_000_000);
                trainer.evaluate(r).forEach(out::println);
                return 0;
            }
            Options options = new Options(algorithm, iterations, cutoff, !noLexicon, corpora());
            if (compare) {
                out.println(table(trainer, variants(options)));
                return 0;
            }
            PersonRecogniser r = trainer.train(options);
            trainer.evaluate(r).forEach(out::println);
            PersonTrainer.write(r, output);
            out.printf("model %s written to %s (%,d bytes, sha256 %s)%n", options.label(), output, size(output), sha256(output));
            return 0;
        }

        private Set<Corpus> corpora() {
            if (corpora == null) return Options.SHIPPED.corpora();
            Set<Corpus> set = EnumSet.noneOf(Corpus.class);
            for (String c : corpora) {
                if (c.equalsIgnoreCase("none")) continue;
                try {
                    set.add(Corpus.valueOf(c.strip().toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--corpora: unknown corpus '" + c + "' (known: smartdata, europeana, none)");
                }
            }
            return set;
        }

        /** The comparison: lexicon on/off, each corpus mix, and the other algorithm for the given options. */
        static List<Options> variants(Options base) {
            List<Options> list = new ArrayList<>();
            Set<Corpus> none = Set.of(), sd = EnumSet.of(Corpus.SMARTDATA), eu = EnumSet.of(Corpus.EUROPEANA), both = EnumSet.allOf(Corpus.class);
            for (Set<Corpus> c : List.of(none, sd, eu, both)) {
                list.add(base.withCorpora(c).withLexicon(false));
                list.add(base.withCorpora(c).withLexicon(true));
            }
            Algorithm other = base.algorithm() == Algorithm.PERCEPTRON ? Algorithm.MAXENT : Algorithm.PERCEPTRON;
            list.add(base.withAlgorithm(other).withLexicon(false));
            list.add(base.withAlgorithm(other));
            return list;
        }

        static String table(PersonTrainer trainer, List<Options> variants) {
            StringBuilder sb = new StringBuilder(String.format("| %-50s | held-out GermEval P / R / F1 | UNER de-PUD P / R / F1 |%n", "configuration"));
            sb.append("|").append("-".repeat(52)).append("|------------------------------|------------------------|\n");
            for (Options o : variants) {
                List<Scores> s = trainer.evaluate(trainer.train(o));
                sb.append(String.format("| %-50s | %s | %s |%n", o.label(), prf(s.get(0)), prf(s.get(1))));
            }
            return sb.toString();
        }

        private static String prf(Scores s) {
            return String.format("%.3f / %.3f / %.3f", s.precision(), s.recall(), s.f1());
        }

        private static long size(Path p) {
            try { return Files.size(p); } catch (IOException e) { return -1; }
        }

        static String sha256(Path p) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
            } catch (IOException | NoSuchAlgorithmException e) {
                throw new IllegalStateException(p + ": cannot read (" + e.getMessage() + ")", e);
            }
        }
    }
}
