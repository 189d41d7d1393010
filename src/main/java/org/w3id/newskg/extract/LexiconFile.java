package org.w3id.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.w3id.newskg.model.NewskgException;

/**
 * Reads one tab-separated lexicon file from {@code data/lexicons/} (shipped in the jar under {@code
 * newskg/lexicons/}): UTF-8, an optional byte-order mark, {@code #} comment lines and blank lines skipped, cells
 * stripped. A missing file or a row with too few columns stops start-up with the file and line.
 */
final class LexiconFile {
    private LexiconFile() {}

    /** One row: its cells, and where it stands ({@code data/lexicons/de/speech-verbs.tsv:12}) for error messages. */
    record Row(String at, String[] cells) {
        /** A one-line error naming the row. */
        NewskgException error(String problem) { return new NewskgException(at + ": " + problem); }

        /** The constant of {@code type} written in the cell ("obj-inf" is OBJ_INF); anything else stops start-up, naming the row. */
        <E extends Enum<E>> E constant(Class<E> type, String cell, String what) {
            try {
                return Enum.valueOf(type, cell.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw error("unknown " + what + " '" + cell + "' (known: "
                        + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList() + ")");
            }
        }
    }

    /** A cell's comma-separated words, lower-cased; "-" or a blank cell is none. */
    static List<String> list(String cell) {
        if (cell.equals("-") || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    static List<Row> rows(String dir, String file, int columns) {
        String name = "data/lexicons/" + dir + "/" + file;
        List<Row> out = new ArrayList<>();
        try (InputStream in = LexiconFile.class.getResourceAsStream("/newskg/lexicons/" + dir + "/" + file)) {
            if (in == null) throw new NewskgException("lexicon missing: " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length < columns)
                    throw new NewskgException(name + ":" + no + ": " + cells.length + " columns, expected " + columns);
                for (int i = 0; i < cells.length; i++) cells[i] = cells[i].strip();
                out.add(new Row(name + ":" + no, cells));
            }
        } catch (IOException e) {
            throw new NewskgException(name + ": cannot read (" + e.getMessage() + ")", e);
        }
        return out;
    }
}
