package org.w3id.newskg.ingest;

import org.w3id.newskg.model.NewskgException;

/** An input that cannot become an article; the message names the input and the problem. */
public class IngestException extends NewskgException {
    public IngestException(String message) { super(message); }
}
