package org.w3id.newskg.model;

/** Half-open range [begin, end) of UTF-16 offsets into {@link Article#text()}. */
public record CharSpan(int begin, int end) implements Comparable<CharSpan> {
    public CharSpan {
        if (begin < 0 || end < begin)
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }

    public int length() { return end - begin; }

    public boolean isEmpty() { return begin == end; }

    public boolean covers(CharSpan o) { return begin <= o.begin && o.end <= end; }

    public boolean overlaps(CharSpan o) { return begin < o.end && o.begin < end; }

    public String in(String text) { return text.substring(begin, end); }

    /** The smallest span covering both. */
    public CharSpan union(CharSpan o) { return new CharSpan(Math.min(begin, o.begin), Math.max(end, o.end)); }

    @Override
    public int compareTo(CharSpan o) {
        return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() { return "[" + begin + "," + end + ")"; }
}
