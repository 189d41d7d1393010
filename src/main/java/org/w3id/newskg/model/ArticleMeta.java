package org.w3id.newskg.model;

import java.util.Optional;

/**
 * What is known about an article besides its text.
 *
 * @param source        where it was read from (a path, or a path and line for JSON Lines), for messages
 * @param url           the page's URL
 * @param headline      the headline, when the input gives one apart from the text
 * @param datePublished ISO 8601 date or date-time as given
 */
public record ArticleMeta(String source, Optional<String> url, Optional<String> headline, Optional<String> datePublished) {
    public ArticleMeta {
        if (source == null) throw new IllegalArgumentException("source is null");
        url = url == null ? Optional.empty() : url;
        headline = headline == null ? Optional.empty() : headline;
        datePublished = datePublished == null ? Optional.empty() : datePublished;
    }

    public static ArticleMeta of(String source) {
        return new ArticleMeta(source, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
