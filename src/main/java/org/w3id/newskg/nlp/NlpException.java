package org.w3id.newskg.nlp;

import org.w3id.newskg.model.NewskgException;

/** A model that cannot be loaded or run; the message is one line naming the model or the language. */
public class NlpException extends NewskgException {
    public NlpException(String message, Throwable cause) { super(message, cause); }
}
