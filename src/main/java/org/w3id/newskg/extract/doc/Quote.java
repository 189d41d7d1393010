package org.w3id.newskg.extract.doc;

import org.w3id.newskg.model.CharSpan;

/**
 * Words between quotation marks.
 *
 * @param content the words without the marks, trimmed of spaces
 * @param marked  the words with the marks
 * @param open    the opening mark as written
 */
public record Quote(CharSpan content, CharSpan marked, String open) {}
