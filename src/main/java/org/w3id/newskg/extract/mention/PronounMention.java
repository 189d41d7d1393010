package org.w3id.newskg.extract.mention;

import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;

/** A third-person pronoun that may stand for a speaker. */
public record PronounMention(Mention mention, Gender gender, boolean plural) {}
