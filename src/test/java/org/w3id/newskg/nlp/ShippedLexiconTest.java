package org.w3id.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The lexicon inside the shipped person model is the one newskg's lexicon files give today. A change to the first
 * names, the titles or the gazetteer changes the model's features, so the model must be trained again (the command
 * in README.md, section 'The person recogniser'); this test says so at once, where {@link PersonTrainerIT} (which
 * retrains, about a minute) would say it only under {@code -Preliability}.
 */
class ShippedLexiconTest {
    @Test
    void theShippedModelKeepsTheLexiconOfTheLexiconFiles() throws IOException {
        String shipped = null;
        try (InputStream in = PersonRecogniser.class.getClassLoader().getResourceAsStream(PersonRecogniser.RESOURCE)) {
            assertNotNull(in, PersonRecogniser.RESOURCE + " is not on the classpath");
            ZipInputStream zip = new ZipInputStream(in);
            for (ZipEntry e; (e = zip.getNextEntry()) != null; )
                if (e.getName().equals(PersonTrainer.LEXICON)) shipped = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertNotNull(shipped, "no " + PersonTrainer.LEXICON + " in " + PersonRecogniser.RESOURCE);
        String now = String.join("\n", PersonLexicon.entries()) + "\n";
        assertEquals(now.lines().count(), shipped.lines().count(), "lexicon entries: the lexicon files changed since "
                + PersonRecogniser.RESOURCE + " was trained; retrain with the command in README.md, section 'The person recogniser'");
        assertEquals(now, shipped, "the lexicon files changed since " + PersonRecogniser.RESOURCE
                + " was trained; retrain with the command in README.md, section 'The person recogniser'");
    }
}
