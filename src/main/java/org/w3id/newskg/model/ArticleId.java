package org.w3id.newskg.model;

import java.util.regex.Pattern;

/**
 * The stable name of an article: the same input gives the same id on every run, so that loading it
 * again replaces its graph. Letters, digits, '-', '_' and '.' only; it becomes part of IRIs.
 */
public record ArticleId(String value) {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    public ArticleId {
        if (value == null || !SAFE.matcher(value).matches())
            throw new IllegalArgumentException("invalid article id '" + value + "' (allowed: A-Z a-z 0-9 . _ -, 1 to 200)");
    }

    /** Turns any string (a file name, a JSON id) into a valid id: unsafe characters become '-'. */
    public static ArticleId slug(String raw) {
        String s = raw.strip().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 200) s = s.substring(0, 200);
        return new ArticleId(s.isEmpty() ? "article" : s);
    }

    @Override
    public String toString() { return value; }
}
