package org.w3id.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrains the shipped person model from the shared corpora (issue 12) and checks that the file comes out byte for
 * byte as shipped: the training command is reproducible, and the model in {@code data/models} is the one it makes.
 * About a minute of CPU: tagged slow, it runs with {@code -Preliability}; without {@code ../shared/ner} it fails.
 */
@Tag("slow")
class PersonTrainerIT {
    private static final Path NER = Path.of("../shared/ner");

    @Test
    void retrainingGivesTheShippedModelByteForByte(@TempDir Path dir) throws IOException {
        assertTrue(Files.isDirectory(NER.resolve("de/germeval2014")), "no shared NER corpora at " + NER.toAbsolutePath());
        PersonTrainer trainer = PersonTrainer.open(NER, line -> {});
        Path out = dir.resolve("de-persons.bin");
        PersonTrainer.write(trainer.train(PersonTrainer.Options.SHIPPED), out);
        byte[] shipped;
        try (InputStream in = PersonRecogniser.class.getClassLoader().getResourceAsStream(PersonRecogniser.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, Files.readAllBytes(out), "retrained model differs from " + PersonRecogniser.RESOURCE
                + ": retrain with the command in README.md, section 'The person recogniser'");
    }
}
