package org.w3id.newskg.model;

/**
 * One news article as read: its text never changes after ingest, and every offset in newskg points into it.
 *
 * @param id   stable name (see {@link ArticleId})
 * @param lang ISO 639-1 code, "de" or "en"
 * @param text the article text, after decoding and, for HTML, text extraction
 */
public record Article(ArticleId id, String lang, String text, ArticleMeta meta) {
    public Article {
        if (id == null || lang == null || text == null || meta == null)
            throw new IllegalArgumentException("article " + id + ": id, lang, text and meta are required");
    }

    /**
     * The SHA-256 of the text (UTF-8), as 64 lower-case hex digits: the same text under two file names has the same
     * hash, so a batch can warn of it and a store can be asked which graphs hold one text.
     */
    public String contentHash() {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
