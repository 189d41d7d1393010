package org.w3id.newskg.query;

import org.w3id.newskg.model.NewskgException;

/** A query that cannot be found, parsed, bound or run; the message is one line, {@code where: problem}. */
public class QueryException extends NewskgException {
    public QueryException(String message) { super(message); }

    public QueryException(String message, Throwable cause) { super(message, cause); }
}
