package org.w3id.newskg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.w3id.newskg.kb.Gazetteer;

/**
 * Makes the linker a run asks for. Modes: {@code offline} (the default: the shipped gazetteer and the user's,
 * no network), {@code online} (the same, then Wikidata's API, with an on-disk cache) and {@code none}.
 *
 * <p>Where things live, by default: newskg's home is {@code $NEWSKG_HOME}, or the system property
 * {@code newskg.home}, or {@code ~/.newskg}; the user gazetteer is {@code <home>/gazetteer.tsv} (written by
 * {@code newskg gazetteer import}) and the Wikidata cache {@code <home>/wikidata-cache/}.
 *
 * {@snippet :
 * Linker linker = Linkers.create(Linkers.Mode.OFFLINE, Linkers.defaultCache(), Optional.of(Linkers.defaultUserGazetteer()), err::println);
 * }
 */
public final class Linkers {
    public enum Mode {
        OFFLINE, ONLINE, NONE;

        /** "offline", "online" or "none", in any case. */
        public static Mode parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--wikidata: unknown mode '" + s + "' (offline, online, none)");
            }
        }
    }

    private Linkers() {}

    /** The linker with Wikidata's own endpoint for the online mode. */
    public static Linker create(Mode mode, Path cacheDir, Optional<Path> userGazetteer, Consumer<String> warnings) {
        return create(mode, WikidataClient.create().cache(cacheDir), userGazetteer, warnings);
    }

    /** The linker, with a client configured by the caller for the online mode (tests point it at a replay server). */
    public static Linker create(Mode mode, WikidataClient.Builder client, Optional<Path> userGazetteer, Consumer<String> warnings) {
        return switch (mode) {
            case NONE -> Linker.none();
            case OFFLINE -> new GazetteerLinker(gazetteer(userGazetteer));
            case ONLINE -> new WikidataLinker(new GazetteerLinker(gazetteer(userGazetteer)), client.build(), warnings);
        };
    }

    /** The shipped gazetteer, with the user's beside it when the file exists. */
    public static Gazetteer gazetteer(Optional<Path> userGazetteer) {
        if (userGazetteer.isEmpty() || !Files.isRegularFile(userGazetteer.get())) return Gazetteer.shipped();
        List<Gazetteer.Item> all = new ArrayList<>(Gazetteer.shipped().items());
        all.addAll(Gazetteer.read(userGazetteer.get()).items());
        return Gazetteer.of(all);
    }

    /** {@code $NEWSKG_HOME}, the system property {@code newskg.home}, or {@code ~/.newskg}. */
    public static Path home() {
        String env = System.getenv("NEWSKG_HOME");
        if (env != null && !env.isBlank()) return Path.of(env);
        String prop = System.getProperty("newskg.home");
        if (prop != null && !prop.isBlank()) return Path.of(prop);
        return Path.of(System.getProperty("user.home"), ".newskg");
    }

    public static Path defaultUserGazetteer() { return home().resolve("gazetteer.tsv"); }

    public static Path defaultCache() { return home().resolve("wikidata-cache"); }
}
