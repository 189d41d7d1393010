package org.w3id.newskg.nlp;

import org.w3id.newskg.model.NewskgException;

public class NlpException extends NewskgException {
    public NlpException(String message, Throwable cause) { super(message, cause); }
}
