package org.w3id.newskg.model;

/** The id of an entity within one article's extraction ("p1", "o2", "c1", "l3"). */
public record EntityRef(String value) {
    public EntityRef {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("empty entity ref");
    }

    @Override
    public String toString() { return value; }
}
