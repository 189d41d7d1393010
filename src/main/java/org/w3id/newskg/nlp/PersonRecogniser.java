package org.w3id.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.ScoredSpan;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Token;
import org.w3id.newskg.model.TokenRange;

/**
 * The statistical person recogniser for German: an OpenNLP name finder trained by {@link PersonTrainer} on
 * freely licensed corpora, one signal beside newskg's rules (it decides nothing on its own).
 *
 * <p>Takes an {@link AnnotatedText} and reads its tokens and UPOS tags as they are (no second tokenization); gives the person
 * names it finds as document-global token ranges with a probability, in text order. English and every other
 * language give an empty list. Thread-safe: the model is loaded once and shared, each thread has its own
 * {@code NameFinderME}, whose document memory is cleared at the start of each text.
 *
 * {@snippet :
 * PersonRecogniser persons = PersonRecogniser.shipped();      // loads data/models/de-persons.bin once
 * for (ScoredSpan s : persons.persons(text))
 *     System.out.println(text.span(s.tokens()).in(text.text()) + " " + s.probability());
 * }
 */
public final class PersonRecogniser {
    /** Where the shipped model lies on the classpath ({@code data/models/de-persons.bin} in the source tree). */
    public static final String RESOURCE = "newskg/models/de-persons.bin";
    /** The name type the model is trained for. */
    static final String TYPE = "person";

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    static {
        LexiconFeatureGeneratorFactory.allow();
    }

    PersonRecogniser(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    private static volatile PersonRecogniser shipped;

    /**
     * The shipped German model, loaded at the first call and shared by all callers; a missing or broken model is
     * an {@link NlpException} naming it, at every call (not a class that failed to initialise).
     */
    public static PersonRecogniser shipped() {
        PersonRecogniser r = shipped;
        if (r == null) {
            synchronized (PersonRecogniser.class) {
                r = shipped;
                if (r == null) shipped = r = fromResource();
            }
        }
        return r;
    }

    private static PersonRecogniser fromResource() {
        try (InputStream in = PersonRecogniser.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new NlpException(RESOURCE + ": not on the classpath (is data/models packaged?)", null);
            return new PersonRecogniser(new TokenNameFinderModel(in));
        } catch (IOException e) {
            throw new NlpException(RESOURCE + ": cannot load (" + e.getMessage() + ")", e);
        }
    }

    /** A model from a file, e.g. one just trained. */
    public static PersonRecogniser load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new PersonRecogniser(new TokenNameFinderModel(in));
        } catch (IOException | RuntimeException e) {
            throw new NlpException(file + ": cannot load a person model (" + e.getMessage() + ")", e);
        }
    }

    /** The persons of a German text; an empty list for any other language. */
    public List<ScoredSpan> persons(AnnotatedText text) {
        if (!"de".equals(text.lang())) return List.of();
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<ScoredSpan> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            if (s.tokens().isEmpty()) continue;
            String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
            String[] tags = s.tokens().stream().map(Token::upos).toArray(String[]::new);
            int base = s.tokens().getFirst().index();
            for (Span span : finder.find(words, PosContext.of(tags)))
                out.add(new ScoredSpan(new TokenRange(base + span.getStart(), base + span.getEnd()),
                        Math.max(0, Math.min(1, span.getProb()))));
        }
        finder.clearAdaptiveData();
        return out;
    }

    TokenNameFinderModel model() { return model; }
}
