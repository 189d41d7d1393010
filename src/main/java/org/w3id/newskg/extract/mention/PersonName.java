package org.w3id.newskg.extract.mention;

import java.util.Optional;
import org.w3id.newskg.extract.Lexicon;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Gender;
import org.w3id.newskg.model.Mention;

/**
 * A person's name as written here.
 *
 * @param mention  the name's words, genitive ending included ("Müllers")
 * @param name     the name without genitive ending or honorific ("Müller", "Jana Müller")
 * @param title    a title or office written beside the name ("Außenministerin", "Mr"), and where
 * @param country  the country the words beside the name give ("russische", "US-"), as the lexicon names it
 * @param org      an organisation the apposition names ("Vorsitzende der Partei X"), as written
 */
public record PersonName(Mention mention, String name, Optional<Lexicon.Title> title, Optional<CharSpan> titleSpan,
                         Optional<String> titleText, Optional<String> country, Optional<String> org, Gender gender) {
    public int words() { return name.split("\\s+").length; }

    public String surname() {
        String[] w = name.split("\\s+");
        return w[w.length - 1];
    }
}
