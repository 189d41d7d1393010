package org.w3id.newskg.kb;

import java.io.IOException;
import java.io.InputStream;
import org.w3id.newskg.model.NewskgException;

/**
 * A file of {@code data/wikidata} as the jar packages it, read on first use and then kept: the one place where the
 * knowledge base's shipped files are found, read once under a lock, and reported by name when missing or unreadable.
 */
final class Shipped<T> {
    /** How a file is read; {@code name} names it in messages. */
    interface Reader<T> {
        T read(InputStream in, String name) throws IOException;
    }

    private final String file;
    private final Reader<T> reader;
    private volatile T value;

    /** @param file the file's name in {@code data/wikidata} */
    Shipped(String file, Reader<T> reader) {
        this.file = file;
        this.reader = reader;
    }

    T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) value = load();
                v = value;
            }
        }
        return v;
    }

    private T load() {
        String name = "data/wikidata/" + file;
        try (InputStream in = Shipped.class.getResourceAsStream("/newskg/wikidata/" + file)) {
            if (in == null) throw new NewskgException(name + ": missing from the jar");
            return reader.read(in, name);
        } catch (IOException e) {
            throw new NewskgException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
