package org.w3id.newskg.model;

/** The id of an event within one article's extraction ("e1"). */
public record EventRef(String value) {
    public EventRef {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("empty event ref");
    }

    @Override
    public String toString() { return value; }
}
