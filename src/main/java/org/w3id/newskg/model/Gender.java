package org.w3id.newskg.model;

/** Grammatical or lexical gender as the text shows it; used only to resolve pronouns and titles. */
public enum Gender {
    MALE, FEMALE, NEUTER, UNKNOWN;

    /** From the lexicon codes m, f, anything else unknown. */
    public static Gender ofCode(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            case "n" -> NEUTER;
            default -> UNKNOWN;
        };
    }

    /** Unknown agrees with anything but neuter; a neuter pronoun or noun never stands for a person. */
    public boolean agreesWith(Gender other) {
        if (this == NEUTER || other == NEUTER) return this == other;
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }
}
