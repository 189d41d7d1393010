package org.w3id.newskg.model;

/**
 * The root of newskg's exceptions; each stage has its own subclass. Messages are one line,
 * {@code where: problem}, and say what would have been valid where that helps.
 */
public class NewskgException extends RuntimeException {
    public NewskgException(String message) { super(message); }

    public NewskgException(String message, Throwable cause) { super(message, cause); }
}
