package org.w3id.newskg.extract.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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

    /**
     * The inner words of a name of three words or more that are capitalised and no given names: the first of two
     * surnames ("Salcedo" of "Rodrigo Salcedo Ibarra"), a name used alone ("Lula" of "Luiz Inácio Lula da Silva").
     * Each names the person when written alone.
     */
    public List<String> innerNames(Predicate<String> givenName) {
        String[] w = name.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 1; i < w.length - 1; i++) if (Character.isUpperCase(w[i].codePointAt(0)) && !givenName.test(w[i])) out.add(w[i]);
        return out;
    }
}
