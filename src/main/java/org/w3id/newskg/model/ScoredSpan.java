package org.w3id.newskg.model;

/**
 * A token range a statistical recogniser proposes, with its probability: the mean over the range's tokens of
 * the probability of the outcome chosen for each token (OpenNLP's {@code Span.getProb()}), in [0, 1].
 *
 * @param tokens      document-global token range, as in {@link AnnotatedText#tokens(TokenRange)}; never empty
 * @param probability how sure the recogniser is; not calibrated, so compare it with thresholds measured on data
 */
public record ScoredSpan(TokenRange tokens, double probability) {
    public ScoredSpan {
        if (tokens == null || tokens.size() == 0)
            throw new IllegalArgumentException("empty or missing token range " + tokens);
        if (!(probability >= 0 && probability <= 1))
            throw new IllegalArgumentException("probability " + probability + " outside [0, 1] for " + tokens);
    }
}
