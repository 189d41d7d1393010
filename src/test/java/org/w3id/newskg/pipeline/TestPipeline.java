package org.w3id.newskg.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.w3id.newskg.nlp.Annotator;

/** One pipeline with real models for all integration tests of this JVM, with a fixed clock for PROV times. */
public final class TestPipeline {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static Pipeline shared;

    private TestPipeline() {}

    public static synchronized Pipeline get() {
        if (shared == null) shared = Pipeline.create().annotator(new Annotator()).clock(CLOCK).build();
        return shared;
    }
}
