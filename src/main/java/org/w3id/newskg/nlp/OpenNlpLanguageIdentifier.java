package org.w3id.newskg.nlp;

import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.w3id.newskg.ingest.LanguageIdentifier;

/**
 * OpenNLP's language detector (103 languages), loaded on first use (10 MB, about a second). Its confidences
 * are spread over all classes, so it answers when the best class is clearly ahead of the second rather than
 * above an absolute threshold.
 */
public final class OpenNlpLanguageIdentifier implements LanguageIdentifier {
    private static final Map<String, String> ISO1 = Map.ofEntries(
            Map.entry("deu", "de"), Map.entry("eng", "en"), Map.entry("fra", "fr"), Map.entry("spa", "es"),
            Map.entry("ita", "it"), Map.entry("nld", "nl"), Map.entry("rus", "ru"), Map.entry("pol", "pl"),
            Map.entry("por", "pt"), Map.entry("tur", "tr"), Map.entry("ukr", "uk"), Map.entry("ara", "ar"),
            Map.entry("zho", "zh"), Map.entry("cmn", "zh"), Map.entry("jpn", "ja"), Map.entry("ltz", "lb"));
    private volatile LanguageDetectorModel model;
    private final ThreadLocal<LanguageDetectorME> detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model()));

    private LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) model = Models.read("langdetect-183.bin", LanguageDetectorModel::new);
                m = model;
            }
        }
        return m;
    }

    @Override
    public Optional<String> identify(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < 3) return Optional.empty();
        Language[] ranked = detector.get().predictLanguages(sample);
        if (ranked.length == 0) return Optional.empty();
        if (ranked.length > 1 && ranked[0].getConfidence() < ranked[1].getConfidence() * 1.05) return Optional.empty();
        String code = ranked[0].getLang();
        return Optional.of(ISO1.getOrDefault(code, code));
    }
}
