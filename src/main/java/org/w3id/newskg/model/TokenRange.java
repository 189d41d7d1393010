package org.w3id.newskg.model;

/** Half-open range [begin, end) of document-global token indices, a different unit from {@link CharSpan}. */
public record TokenRange(int begin, int end) {
    public TokenRange {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("invalid token range [" + begin + ", " + end + ")");
    }

    public int size() { return end - begin; }

    public boolean contains(int token) { return begin <= token && token < end; }

    public boolean overlaps(TokenRange o) { return begin < o.end && o.begin < end; }
}
