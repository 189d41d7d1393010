package org.w3id.newskg.model;

/** Grammatical or lexical gender as the text shows it; used only to resolve pronouns and titles. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** From the lexicon codes m, f, anything else unknown. */
    public static Gender ofCode(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    public boolean agreesWith(Gender other) { return this == UNKNOWN || other == UNKNOWN || this == other; }
}
