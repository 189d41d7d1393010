package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.w3id.newskg.nlp.PersonRecogniser;
import org.w3id.newskg.nlp.PersonTrainer;
import org.w3id.newskg.nlp.PersonTrainer.Algorithm;
import org.w3id.newskg.nlp.PersonTrainer.Corpus;
import org.w3id.newskg.nlp.PersonTrainer.Feature;
import org.w3id.newskg.nlp.PersonTrainer.Options;
import org.w3id.newskg.nlp.PersonTrainer.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train persons --ner DIR [-o FILE]}: trains the German person recogniser on the shared NER corpora,
 * prints its scores on the held-out GermEval part, UNER German-PUD and SmartData, and writes the model; {@code --eval} only
 * scores a model, {@code --compare} trains the comparison of features, corpora and algorithms and prints it.
 */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains newskg's statistical models.",
        subcommands = {TrainCommand.Persons.class})
final class TrainCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "persons", mixinStandardHelpOptions = true,
            description = {"Trains the German person recogniser (OpenNLP name finder) on GermEval 2014 (dev and 80%% of test), "
                    + "optionally SmartData and Europeana, and scores it on the held-out GermEval sentences (every fifth of test), "
                    + "UNER German-PUD and SmartData. Same data and options give the same model file."})
    static final class Persons implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Option(names = "--ner", paramLabel = "DIR", required = true, description = "The shared NER folder (with de/germeval2014, de/smartdata_v1, de/europeana, de/uner).")
        Path ner;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where the model goes; default: data/models/de-persons.bin")
        Path output = Path.of("data/models/de-persons.bin");

        @Option(names = "--eval", description = "Score a model instead of training one: --model FILE, or the shipped model.")
        boolean eval;

        @Option(names = "--model", paramLabel = "FILE", description = "With --eval: the model to score (default: the one in the jar).")
        Path model;

        @Option(names = "--compare", description = "Train OpenNLP's defaults, each added feature alone and left out, each corpus mix and each algorithm; print the table, write nothing.")
        boolean compare;

        @Option(names = "--algorithm", paramLabel = "A", description = "perceptron, maxent (GIS) or maxent_qn (L-BFGS) (default: ${DEFAULT-VALUE}).")
        String algorithm = Options.SHIPPED.algorithm().name().toLowerCase(Locale.ROOT);

        @Option(names = "--iterations", paramLabel = "N", description = "Training iterations (default: ${DEFAULT-VALUE}).")
        int iterations = Options.SHIPPED.iterations();

        @Option(names = "--cutoff", paramLabel = "N", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
        int cutoff = Options.SHIPPED.cutoff();

        @Option(names = "--features", paramLabel = "LIST", split = ",",
                description = "Features added to OpenNLP's defaults: lexicon (first names, titles, gazetteer surnames), affixes, pos, "
                        + "or none (default: all three, as the shipped model).")
        List<String> features;

        @Option(names = "--corpora", paramLabel = "LIST", split = ",",
                description = "Corpora besides GermEval: smartdata, europeana, or none (default: the shipped model's).")
        List<String> corpora;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Set<Algorithm> one = parse("--algorithm", List.of(algorithm), Algorithm.class);
            if (one.size() != 1) throw new IllegalArgumentException("--algorithm: give one of perceptron, maxent, maxent_qn");
            Options options = new Options(one.iterator().next(), iterations, cutoff, features(), corpora());
            PersonTrainer trainer = PersonTrainer.open(ner, line -> { err.println("train: " + line); err.flush(); });
            if (eval) {
                long t0 = System.nanoTime();
                PersonRecogniser r = model == null ? PersonRecogniser.shipped() : PersonRecogniser.load(model);
                out.printf("model %s loaded in %d ms%n", model == null ? PersonRecogniser.RESOURCE : model, (System.nanoTime() - t0) / 1_000_000);
                trainer.evaluate(r).forEach(out::println);
                return 0;
            }
            if (compare) {
                table(trainer, variants(options), row -> { out.println(row); out.flush(); });
                return 0;
            }
            PersonRecogniser r = trainer.train(options);
            trainer.evaluate(r).forEach(out::println);
            PersonTrainer.write(r, output);
            out.printf("model %s written to %s (%,d bytes, sha256 %s)%n", options.label(), output, size(output), sha256(output));
            return 0;
        }

        private Set<Corpus> corpora() {
            return corpora == null ? Options.SHIPPED.corpora() : parse("--corpora", corpora, Corpus.class);
        }

        private Set<Feature> features() {
            return features == null ? Options.SHIPPED.features() : parse("--features", features, Feature.class);
        }

        /** Comma-separated enum names in any case; "none" is the empty set. */
        static <E extends Enum<E>> Set<E> parse(String option, List<String> names, Class<E> type) {
            Set<E> set = EnumSet.noneOf(type);
            for (String n : names) {
                if (n.equalsIgnoreCase("none")) continue;
                try {
                    set.add(Enum.valueOf(type, n.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(option + ": unknown value '" + n + "' (known: "
                            + EnumSet.allOf(type).stream().map(x -> x.name().toLowerCase(Locale.ROOT)).toList() + ", none)");
                }
            }
            return set;
        }

        /**
         * The comparison: OpenNLP's defaults, each added feature alone, the options without each feature, the options
         * with each corpus mix, and each algorithm.
         */
        static List<Options> variants(Options base) {
            Set<Options> list = new LinkedHashSet<>();
            Options defaults = new Options(base.algorithm(), base.iterations(), base.cutoff(), Set.of(), Set.of());
            list.add(defaults);
            for (Feature f : Feature.values()) list.add(defaults.with(f, true));
            for (Feature f : base.features()) list.add(base.withCorpora(Set.of()).with(f, false));
            for (Set<Corpus> c : List.<Set<Corpus>>of(Set.of(), Set.of(Corpus.SMARTDATA), Set.of(Corpus.EUROPEANA), EnumSet.allOf(Corpus.class)))
                list.add(base.withCorpora(c));
            for (Algorithm a : Algorithm.values()) list.add(base.withCorpora(Set.of()).withAlgorithm(a));
            return List.copyOf(list);
        }

        /** Trains each variant and gives the rows of a Markdown table, header first, one row per model as it is done. */
        static void table(PersonTrainer trainer, List<Options> variants, Consumer<String> rows) {
            rows.accept(String.format("| %-58s | held-out GermEval P / R / F1 | UNER de-PUD P / R / F1 | SmartData P / R / F1   |", "configuration"));
            rows.accept("|" + "-".repeat(60) + "|------------------------------|------------------------|------------------------|");
            for (Options o : variants) {
                List<Scores> s = trainer.evaluate(trainer.train(o));
                String smart = o.corpora().contains(Corpus.SMARTDATA) ? "(trained on it)" : prf(s.get(2));
                rows.accept(String.format("| %-58s | %-28s | %-22s | %-22s |", o.label(), prf(s.get(0)), prf(s.get(1)), smart));
            }
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
