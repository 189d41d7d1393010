package org.w3id.newskg.nlp;

import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Queue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * OpenNLP's {@link BeamSearch} (2.5, Apache License 2.0, adapted here) with one step made cheap. At each token the
 * original copies and sorts the scores of every outcome to find the beam's threshold, the {@code size}-th best
 * score; for the lemmatizer, whose outcomes are thousands of edit scripts, that sort was over half of all the
 * annotation time. This finds the same threshold by keeping the best {@code size} scores, in one pass; the rest is
 * the original step by step, so the sequences found are the same. Not thread-safe (one per thread, like the
 * {@code *ME} objects).
 */
final class ThresholdBeamSearch extends BeamSearch {
    private static final Object[] NO_CONTEXT = new Object[0];
    private final double[] probs;

    ThresholdBeamSearch(int size, MaxentModel model) {
        super(size, model);
        this.probs = new double[model.getNumOutcomes()];
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext, double minSequenceScore,
            BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        Queue<Sequence> prev = new PriorityQueue<>(size);
        Queue<Sequence> next = new PriorityQueue<>(size);
        prev.add(new Sequence());
        Object[] context = additionalContext == null ? NO_CONTEXT : additionalContext;
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove();
                String[] outcomes = top.getOutcomes().toArray(new String[0]);
                double[] scores = model.eval(cg.getContext(i, sequence, outcomes, context), probs);
                double min = threshold(scores, size);
                for (int p = 0; p < scores.length; p++)
                    if (scores[p] >= min) advance(top, p, scores[p], i, sequence, outcomes, minSequenceScore, validator, next);
                if (next.isEmpty())   // no sequence advanced: advance every valid one
                    for (int p = 0; p < scores.length; p++) advance(top, p, scores[p], i, sequence, outcomes, minSequenceScore, validator, next);
            }
            prev.clear();
            Queue<Sequence> tmp = prev;
            prev = next;
            next = tmp;
        }
        Sequence[] best = new Sequence[Math.min(numSequences, prev.size())];
        for (int k = 0; k < best.length; k++) best[k] = prev.remove();
        return best;
    }

    private <T> void advance(Sequence top, int outcome, double score, int i, T[] sequence, String[] outcomes, double minSequenceScore,
            SequenceValidator<T> validator, Queue<Sequence> next) {
        String out = model.getOutcome(outcome);
        if (!validator.validSequence(i, sequence, outcomes, out)) return;
        Sequence ns = new Sequence(top, out, score);
        if (ns.getScore() > minSequenceScore) next.add(ns);
    }

    /**
     * The score {@code Arrays.sort} would put at index {@code max(0, length - n)}: the {@code n}-th best score
     * (ties counted), or the lowest when there are fewer than {@code n}. Ordered as {@link Double#compare}, like the sort.
     */
    static double threshold(double[] scores, int n) {
        if (scores.length <= n) {
            double low = scores[0];
            for (double s : scores) if (Double.compare(s, low) < 0) low = s;
            return low;
        }
        double[] best = Arrays.copyOf(scores, n);   // the n best so far, ascending
        Arrays.sort(best);
        for (int p = n; p < scores.length; p++) {
            double s = scores[p];
            if (Double.compare(s, best[0]) <= 0) continue;
            int k = 0;
            while (k + 1 < n && Double.compare(s, best[k + 1]) > 0) {
                best[k] = best[k + 1];
                k++;
            }
            best[k] = s;
        }
        return best[0];
    }
}
