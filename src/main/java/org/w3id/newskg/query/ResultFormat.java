package org.w3id.newskg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How query results are written: an aligned text table (default), CSV, TSV or SPARQL 1.1 JSON results. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON;

    public static ResultFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown result format '" + name + "' (supported: "
                    + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
        }
    }
}
