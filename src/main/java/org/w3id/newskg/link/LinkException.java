package org.w3id.newskg.link;

import org.w3id.newskg.model.NewskgException;

/** A problem of the linking stage: its data, a user gazetteer, an import file. One line, {@code where: problem}. */
public class LinkException extends NewskgException {
    public LinkException(String message) { super(message); }

    public LinkException(String message, Throwable cause) { super(message, cause); }
}
