package org.w3id.newskg.extract.mention;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.w3id.newskg.kb.Gazetteer;
import org.w3id.newskg.kb.Offices;

/**
 * The persons news names by surname alone without an introduction: those who led a country (a head of state or
 * government) in the years up to the article's date, looked up by the surname as written. A surname two such leaders
 * share names neither; others of the name who led nothing do not count ("Hale": not his family).
 */
final class KnownLeaders {
    private final Gazetteer gazetteer;
    private final Offices offices;
    private final String lang;
    private final LocalDate day;
    private final int years;

    KnownLeaders(Gazetteer gazetteer, Offices offices, String lang, LocalDate day, int years) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.lang = lang;
        this.day = day;
        this.years = years;
    }

    /** The one leader of the period whose surname is {@code surname} ({@link #spelled}), if there is exactly one. */
    Optional<Gazetteer.Item> leaderOf(String surname) {
        // the gazetteer's surname index matches by a folded key, which is coarse ("Moody" folds like "Rao")
        List<Gazetteer.Item> leaders = gazetteer.personsBySurname(surname, lang).stream()
                .filter(i -> i.shortForms().stream().anyMatch(f -> spelled(f, surname))
                        || i.labelsDe().stream().anyMatch(l -> spelled(l.substring(l.lastIndexOf(' ') + 1), surname)))
                .filter(i -> offices.ledWithin(i.qid(), day, years)).toList();
        return leaders.size() == 1 ? Optional.of(leaders.getFirst()) : Optional.empty();
    }

    /**
     * The surname as the gazetteer writes it, or in another romanisation one letter apart when both are long
     * ("Zaslavsky", "Zaslavskyy"); not a short name one letter off ("Mann", "Man"), nor a genitive ("Merkels").
     */
    static boolean spelled(String form, String surname) {
        if (form.equals(surname)) return true;
        return form.length() >= 6 && surname.length() >= 6 && !surname.equals(form + "s") && oneEditApart(form, surname);
    }

    /** Equal, or one letter added, dropped or changed. */
    static boolean oneEditApart(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else { i++; j++; }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
