package org.w3id.newskg.store;

import org.w3id.newskg.model.NewskgException;

/** A store, endpoint or server that cannot do what was asked; the message is one line, {@code where: problem}. */
public class StoreException extends NewskgException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
