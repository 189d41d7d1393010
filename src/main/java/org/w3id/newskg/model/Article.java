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
}
