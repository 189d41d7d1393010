package org.w3id.newskg.nlp;

/**
 * The part-of-speech features the person recogniser adds to OpenNLP's: for each token its UPOS tag and those of
 * its neighbours ({@code pos=PROPN}, {@code pos-1=NOUN}, {@code pos+1=VERB}), given to {@code NameFinderME} as
 * additional context. German capitalises every noun, so capitalisation alone hardly tells "Foto" from "Kolb";
 * the UD tagger's PROPN does, and {@link Annotator} has already paid for it.
 *
 * <p>Training and run time call the same method on tags of the same tagger and tokenization. A model trained
 * without these features ignores them (OpenNLP skips features it has not seen).
 */
final class PosContext {
    private PosContext() {}

    /** One array of features per token; tags of the sentence in order, e.g. {@code Token.upos()}. */
    static String[][] of(String[] tags) {
        String[][] out = new String[tags.length][];
        for (int i = 0; i < tags.length; i++)
            out[i] = new String[] {"pos=" + tags[i], "pos-1=" + (i > 0 ? tags[i - 1] : "BOS"),
                    "pos+1=" + (i + 1 < tags.length ? tags[i + 1] : "EOS")};
        return out;
    }
}
