package org.w3id.newskg.ingest;

import java.util.Optional;

/** Guesses the ISO 639-1 language of a text; the nlp stage provides the OpenNLP one. */
@FunctionalInterface
public interface LanguageIdentifier {
    /** The language code ("de", "fr", …), or empty when the text gives too little to tell. */
    Optional<String> identify(String text);
}
