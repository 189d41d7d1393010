package org.w3id.newskg.extract.mention;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.Mention;

/** A title or role standing for a person without a name: "die Ministerin", "der Verdi-Chef", "the senator". */
public record TitleMention(Mention mention, Lexicon.Title title, String word, Optional<String> country) {}
