package org.w3id.newskg.spark;

import java.io.Serializable;
import java.util.Optional;
import org.w3id.newskg.link.Linkers;

/**
 * What every executor needs to read and extract alike, shipped with each task: the forced language (or null: the
 * input's, else detected) and the linking mode ({@code offline}, {@code online} or {@code none}, as
 * {@code newskg extract --wikidata}). Equal settings share one {@link Extractors} entry per JVM.
 *
 * @param lang     {@code de}, {@code en} or null
 * @param wikidata the linking mode; default {@code offline}
 */
record ExtractSettings(String lang, String wikidata) implements Serializable {
    ExtractSettings {
        if (wikidata == null) wikidata = "offline";
        Linkers.Mode.parse(wikidata);   // a bad mode fails on the driver, before any task
    }

    Optional<String> language() { return Optional.ofNullable(lang); }
}
