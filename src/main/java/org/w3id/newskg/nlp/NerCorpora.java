package org.w3id.newskg.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.Article;
import org.w3id.newskg.model.ArticleId;
import org.w3id.newskg.model.ArticleMeta;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;

/**
 * The person recogniser's training and evaluation sets, read from the shared NER folder and cut into tokens as
 * {@link Annotator} cuts them at run time, so that the model never sees a token boundary the pipeline would not
 * make ("US-amerikanischen" is "US" + "-amerikanischen" for both; "„Novak" is "„" + "Novak").
 *
 * <p>A sentence with text (UNER, SmartData) is tokenized as it stands; one given as tokens (GermEval, Europeana)
 * is joined by spaces first, which only ever lets the tokenizer split a corpus token further, never merge two. A
 * person keeps every token it overlaps. SmartData documents go through the whole {@link Annotator}, line and
 * sentence splitting included. Every sample carries the {@link PosContext} of its tokens, tagged by the same UD
 * tagger the Annotator uses.
 *
 * <p>The held-out part of GermEval is fixed: every fifth sentence of {@code NER-de-test.tsv} (0-based index
 * {@code i % 5 == 4}, 1,020 of 5,100 sentences); it and UNER German-PUD (CC BY-SA, evaluation only) are never
 * trained on.
 */
final class NerCorpora {
    /** One set: its name, its sentences, and the persons it gives and lost on the way. */
    record Part(String name, List<NameSample> samples, int persons, int inexact, int lost) {
        @Override
        public String toString() {
            return String.format("%-22s %6d sentences %5d persons (%d cut inside a token, %d lost)", name, samples.size(), persons, inexact, lost);
        }
    }

    final Part germevalDev, germevalTrain, germevalHeldOut, smartData, europeana, uner;

    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final Annotator annotator = new Annotator();

    /** The files read, relative to the shared NER folder; all are checked before any is read. */
    static final List<String> FILES = List.of("de/germeval2014/NER-de-dev.tsv", "de/germeval2014/NER-de-test.tsv",
            "de/smartdata_v1/train.json.gz", "de/smartdata_v1/test.json.gz", "de/europeana/enp_DE.lft.bio",
            "de/europeana/enp_DE.onb.bio", "de/europeana/enp_DE.sbb.bio", "de/uner/de_pud-ud-test.iob2");

    private NerCorpora(Path ner, Consumer<String> progress) {
        FILES.forEach(f -> file(ner.resolve(f)));
        Models models = Models.load("de");
        tokenizer = new TokenizerME(models.tokens());
        tagger = new POSTaggerME(models.pos(), POSTagFormat.CUSTOM);
        Path ge = ner.resolve("de/germeval2014");
        germevalDev = sentences("germeval-dev", ColumnCorpus.read(file(ge.resolve("NER-de-dev.tsv")), ColumnCorpus.Documents.EVERY_SENTENCE));
        List<GoldSentence> test = ColumnCorpus.read(file(ge.resolve("NER-de-test.tsv")), ColumnCorpus.Documents.EVERY_SENTENCE);
        List<GoldSentence> train = new ArrayList<>(), heldOut = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) (isHeldOut(i) ? heldOut : train).add(test.get(i));
        germevalTrain = sentences("germeval-test-80%", train);
        germevalHeldOut = sentences("germeval-test-heldout", heldOut);
        List.of(germevalDev, germevalTrain, germevalHeldOut).forEach(p -> progress.accept(p.toString()));
        List<SmartDataCorpus.Document> docs = new ArrayList<>();
        int dropped = 0;
        for (String f : List.of("train.json.gz", "test.json.gz")) {
            SmartDataCorpus.Result r = SmartDataCorpus.read(file(ner.resolve("de/smartdata_v1").resolve(f)));
            docs.addAll(r.documents());
            dropped += r.droppedMentions();
        }
        smartData = documents("smartdata", docs, dropped);
        progress.accept(smartData.toString());
        List<GoldSentence> old = new ArrayList<>();
        int skipped = 0;
        for (String f : List.of("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio")) {
            EuropeanaCorpus.Result r = EuropeanaCorpus.read(file(ner.resolve("de/europeana").resolve(f)));
            old.addAll(r.sentences());
            skipped += r.skippedLines();
        }
        europeana = sentences("europeana", old);
        progress.accept(europeana + ", " + skipped + " malformed lines skipped");
        uner = sentences("uner-de-pud", ColumnCorpus.read(file(ner.resolve("de/uner/de_pud-ud-test.iob2")), ColumnCorpus.Documents.NEWDOC_LINES));
        progress.accept(uner.toString());
    }

    /** Reads every set under the shared NER folder ({@code de/germeval2014}, {@code de/smartdata_v1}, …). */
    static NerCorpora read(Path ner, Consumer<String> progress) { return new NerCorpora(ner, progress); }

    /** Whether sentence {@code i} (0-based) of GermEval's test file belongs to the held-out part. */
    static boolean isHeldOut(int i) { return i % 5 == 4; }

    private static Path file(Path p) {
        if (!Files.isRegularFile(p)) throw new NlpException(p + ": missing (expected the shared NER folder, see its README.md)", null);
        return p;
    }

    private Part sentences(String name, List<GoldSentence> gold) {
        List<NameSample> out = new ArrayList<>(gold.size());
        int[] counts = new int[3];
        for (GoldSentence g : gold) {
            Span[] spans = Annotator.splitMarks(g.text(), tokenizer.tokenizePos(g.text()));
            List<CharSpan> tokens = new ArrayList<>(spans.length);
            for (Span s : spans) tokens.add(new CharSpan(s.getStart(), s.getEnd()));
            if (tokens.isEmpty()) continue;
            String[] words = tokens.stream().map(t -> t.in(g.text())).toArray(String[]::new);
            out.add(sample(g.text(), tokens, tagger.tag(words), g.persons(), g.newDocument(), counts));
        }
        return new Part(name, out, counts[0], counts[1], counts[2]);
    }

    private Part documents(String name, List<SmartDataCorpus.Document> docs, int dropped) {
        List<NameSample> out = new ArrayList<>();
        int[] counts = new int[3];
        for (SmartDataCorpus.Document d : docs) {
            AnnotatedText at = annotator.annotate(new Article(ArticleId.slug("smartdata"), "de", d.text(), ArticleMeta.of(d.id())), false);
            boolean first = true;
            for (Sentence s : at.sentences()) {
                List<CharSpan> persons = d.persons().stream().filter(p -> p.begin() < s.span().end() && s.span().begin() < p.end()).toList();
                out.add(sample(d.text(), s.tokens().stream().map(Token::span).toList(),
                        s.tokens().stream().map(Token::upos).toArray(String[]::new), persons, first, counts));
                first = false;
            }
        }
        counts[2] += dropped;
        return new Part(name, out, counts[0], counts[1], counts[2]);
    }

    /**
     * One OpenNLP sample: the tokens' texts, their POS features and, for each person, the tokens it overlaps; a person no token
     * overlaps, or one whose tokens an earlier person took, is lost. counts: persons, inexact, lost.
     */
    static NameSample sample(String text, List<CharSpan> tokens, String[] tags, List<CharSpan> persons, boolean newDocument, int[] counts) {
        String[] words = tokens.stream().map(t -> t.in(text)).toArray(String[]::new);
        List<Span> names = new ArrayList<>();
        int taken = 0;
        for (CharSpan p : persons) {
            int b = -1, e = -1;
            for (int i = 0; i < tokens.size(); i++) {
                CharSpan t = tokens.get(i);
                if (t.begin() < p.end() && p.begin() < t.end()) { if (b < 0) b = i; e = i + 1; }
            }
            if (b < taken) { counts[2]++; continue; }
            counts[0]++;
            if (tokens.get(b).begin() != p.begin() || tokens.get(e - 1).end() != p.end()) counts[1]++;
            names.add(new Span(b, e, PersonRecogniser.TYPE));
            taken = e;
        }
        return new NameSample(null, words, names.toArray(Span[]::new), PosContext.of(tags), newDocument);
    }
}
