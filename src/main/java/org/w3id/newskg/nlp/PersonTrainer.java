package org.w3id.newskg.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains and evaluates the German {@link PersonRecogniser} on the shared NER corpora ({@link NerCorpora}).
 *
 * <p>Takes the folder of the corpora and {@link Options}; gives a recogniser, its {@link Scores} (exact span match,
 * as OpenNLP's {@code TokenNameFinderEvaluator} counts) on the held-out GermEval part, UNER German-PUD and
 * SmartData, and a model file. Deterministic: the corpora are read in a fixed order, training is single-threaded with fixed
 * iterations and cutoff, and {@link #write} fixes the zip's entry times and the manifest's time stamp, so the
 * same data and options give the same bytes.
 *
 * {@snippet :
 * PersonTrainer trainer = PersonTrainer.open(Path.of("../shared/ner"), System.err::println);
 * PersonRecogniser model = trainer.train(PersonTrainer.Options.SHIPPED);
 * trainer.evaluate(model).forEach(System.out::println);
 * PersonTrainer.write(model, Path.of("data/models/de-persons.bin"));
 * }
 */
public final class PersonTrainer {
    /** Resource name of the lexicon inside the model. */
    static final String LEXICON = "newskg-persons.lexicon";
    private static final String DEFAULT_FEATURES = "/opennlp/tools/namefind/ner-default-features.xml";
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    /**
     * Decoding beam of the model (stored in it; training ignores it). 1 is greedy: on the held-out sets it scored
     * within 0.01 F1 of OpenNLP's default 3 (sometimes above) and tags 2.6 times as fast.
     */
    static final int BEAM_SIZE = 1;

    /** Training corpora beside GermEval, which is always used. */
    public enum Corpus { SMARTDATA, EUROPEANA }

    /** OpenNLP's event trainers: the perceptron, and maximum entropy by GIS or by L-BFGS (QN, with L2 smoothing). */
    public enum Algorithm { PERCEPTRON, MAXENT, MAXENT_QN }

    /** Features added to OpenNLP's default name finder features. */
    public enum Feature {
        /** {@link PersonLexicon}: first names, titles (also as compound heads), gazetteer surnames; window of 2 each side. */
        LEXICON,
        /** OpenNLP's prefix and suffix features (up to 4 characters): "-ski", "-ow", "Mc-" mark names unseen in training. */
        AFFIXES,
        /** {@link PosContext}: the UPOS tags of the token and its neighbours. */
        POS
    }

    /**
     * How to train.
     *
     * @param iterations training passes (fixed, no early stop)
     * @param cutoff     a feature seen fewer times is dropped (smaller model, less overfitting)
     * @param features   features added to OpenNLP's defaults
     * @param corpora    corpora added to GermEval's training part
     */
    public record Options(Algorithm algorithm, int iterations, int cutoff, Set<Feature> features, Set<Corpus> corpora) {
        /** The configuration of the shipped model; README.md gives the comparison that chose it. */
        public static final Options SHIPPED = new Options(Algorithm.PERCEPTRON, 100, 1, EnumSet.allOf(Feature.class), Set.of());

        public Options {
            if (iterations < 1 || cutoff < 0) throw new IllegalArgumentException("iterations must be >= 1 and cutoff >= 0");
            features = Set.copyOf(features);
            corpora = Set.copyOf(corpora);
        }

        public Options with(Feature f, boolean on) {
            Set<Feature> set = features.isEmpty() ? EnumSet.noneOf(Feature.class) : EnumSet.copyOf(features);
            if (on) set.add(f); else set.remove(f);
            return new Options(algorithm, iterations, cutoff, set, corpora);
        }

        public Options withCorpora(Set<Corpus> set) { return new Options(algorithm, iterations, cutoff, features, set); }

        public Options withAlgorithm(Algorithm a) { return new Options(a, iterations, cutoff, features, corpora); }

        /** E.g. {@code perceptron i100 c2 +lexicon+pos germeval+smartdata}. */
        public String label() {
            String f = features.isEmpty() ? " defaults" : " " + names(features);
            return algorithm.name().toLowerCase(Locale.ROOT) + " i" + iterations + " c" + cutoff + f + " germeval" + names(corpora);
        }

        private static String names(Set<? extends Enum<?>> set) {
            return set.stream().sorted(Comparator.comparingInt(e -> e.ordinal())).map(e -> "+" + e.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining());
        }
    }

    /** Exact-match counts of persons on one evaluation set. */
    public record Scores(String set, int gold, int found, int correct) {
        public double precision() { return found == 0 ? 0 : (double) correct / found; }

        public double recall() { return gold == 0 ? 0 : (double) correct / gold; }

        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

        @Override
        public String toString() {
            return String.format("%-22s P %.3f  R %.3f  F1 %.3f  (gold %d, found %d, correct %d)", set, precision(), recall(), f1(), gold, found, correct);
        }
    }

    private final NerCorpora corpora;
    private final Consumer<String> progress;

    private PersonTrainer(NerCorpora corpora, Consumer<String> progress) {
        this.corpora = corpora;
        this.progress = progress;
    }

    /** Reads and tokenizes the corpora under {@code ner} (the shared NER folder); progress gets one line per set. */
    public static PersonTrainer open(Path ner, Consumer<String> progress) {
        LexiconFeatureGeneratorFactory.allow();
        return new PersonTrainer(NerCorpora.read(ner, progress), progress);
    }

    /** The training sentences for these options, in a fixed order; without {@link Feature#POS}, without POS context. */
    List<NameSample> trainingSamples(Options o) {
        List<NameSample> all = new ArrayList<>(corpora.germevalDev.samples());
        all.addAll(corpora.germevalTrain.samples());
        if (o.corpora().contains(Corpus.SMARTDATA)) all.addAll(corpora.smartData.samples());
        if (o.corpora().contains(Corpus.EUROPEANA)) all.addAll(corpora.europeana.samples());
        if (o.features().contains(Feature.POS)) return all;
        return all.stream().map(s -> new NameSample(s.getSentence(), s.getNames(), s.isClearAdaptiveDataSet())).toList();
    }

    public PersonRecogniser train(Options o) {
        List<NameSample> samples = trainingSamples(o);
        progress.accept("training " + o.label() + " on " + samples.size() + " sentences");
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, o.algorithm().name());
        p.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
        p.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
        p.put(TrainingParameters.THREADS_PARAM, 1);
        p.put(BeamSearch.BEAM_SIZE_PARAMETER, BEAM_SIZE);
        try {
            boolean lexicon = o.features().contains(Feature.LEXICON);
            Map<String, Object> resources = lexicon ? Map.of(LEXICON, PersonLexicon.fromResources()) : Map.of();
            TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, descriptor(o.features()), resources, new BioCodec());
            return new PersonRecogniser(NameFinderME.train("de", PersonRecogniser.TYPE, ObjectStreamUtils.createObjectStream(samples), p, factory));
        } catch (IOException e) {
            throw new NlpException("person model training: " + e.getMessage(), e);
        }
    }

    /** OpenNLP's default name finder descriptor, plus the generators of the lexicon and affix features. */
    static byte[] descriptor(Set<Feature> features) throws IOException {
        String xml;
        try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream(DEFAULT_FEATURES)) {
            if (in == null) throw new NlpException(DEFAULT_FEATURES + ": not in the OpenNLP jar", null);
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder extra = new StringBuilder();
        if (features.contains(Feature.LEXICON))
            extra.append("""
                      <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                        <int name="prevLength">2</int>
                        <int name="nextLength">2</int>
                        <generator class="%s">
                          <str name="dict">%s</str>
                        </generator>
                      </generator>
                    """.formatted(LexiconFeatureGeneratorFactory.class.getName(), LEXICON));
        if (features.contains(Feature.AFFIXES))
            extra.append("""
                      <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"><int name="length">4</int></generator>
                      <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"><int name="length">4</int></generator>
                    """);
        return xml.replace("</featureGenerators>", extra + "</featureGenerators>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Scores on the held-out GermEval part, on UNER German-PUD and on SmartData (all of it; meaningful only for a
     * model not trained on it, and with SmartData's own conventions and domain: company news, tweets, traffic).
     */
    public List<Scores> evaluate(PersonRecogniser model) {
        return List.of(score(model, corpora.germevalHeldOut), score(model, corpora.uner), score(model, corpora.smartData));
    }

    static Scores score(PersonRecogniser model, NerCorpora.Part part) {
        NameFinderME finder = new NameFinderME(model.model());
        int gold = 0, found = 0, correct = 0;
        for (NameSample s : part.samples()) {
            if (s.isClearAdaptiveDataSet()) finder.clearAdaptiveData();
            Set<Span> expected = new HashSet<>(List.of(s.getNames()));
            Span[] got = finder.find(s.getSentence(), s.getAdditionalContext());
            gold += expected.size();
            found += got.length;
            for (Span g : got) if (expected.contains(new Span(g.getStart(), g.getEnd(), g.getType()))) correct++;
        }
        return new Scores(part.name(), gold, found, correct);
    }

    /** Writes the model so that the same model gives the same bytes (fixed zip times, no time stamp). */
    public static void write(PersonRecogniser model, Path file) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            model.model().serialize(raw);
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) Files.createDirectories(dir);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
                 OutputStream os = Files.newOutputStream(file);
                 ZipOutputStream out = new ZipOutputStream(os)) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    byte[] bytes = in.readAllBytes();
                    if (e.getName().equals("manifest.properties")) bytes = stableManifest(bytes);
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(ZIP_TIME);
                    out.putNextEntry(copy);
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new NlpException(file + ": cannot write the person model (" + e.getMessage() + ")", e);
        }
    }

    /** The manifest without the date comment, with {@code Timestamp=0}, its lines sorted. */
    private static byte[] stableManifest(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String stable = text.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.startsWith("Timestamp=") ? "Timestamp=0" : l).sorted().collect(Collectors.joining("\n", "", "\n"));
        return stable.getBytes(StandardCharsets.ISO_8859_1);
    }
}
