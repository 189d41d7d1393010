package org.w3id.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdBeamSearchTest {
    /** What OpenNLP's BeamSearch takes as the threshold: the scores sorted, at index max(0, length - n). */
    private static double sorted(double[] scores, int n) {
        double[] copy = scores.clone();
        Arrays.sort(copy);
        return copy[Math.max(0, copy.length - n)];
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void theThresholdIsTheOneTheSortGives(int n) {
        SplittableRandom r = new SplittableRandom(n);
        double[][] odd = {{0.5}, {0.2, 0.2}, {0.0, 0.0, 0.0, 0.0}, {0.1, 0.3, 0.3, 0.3, 0.2}, {1e-300, 0.0, 1.0, 1e-300},
                {-0.0, 0.0, 0.0}, {0.0, -0.0}, {Double.NaN, 0.5, 0.4, 0.3}, {0.3, Double.NaN, Double.NaN}};
        for (double[] scores : odd)
            assertEquals(Double.doubleToLongBits(sorted(scores, n)), Double.doubleToLongBits(ThresholdBeamSearch.threshold(scores, n)), Arrays.toString(scores));
        for (int round = 0; round < 2_000; round++) {
            double[] scores = new double[1 + r.nextInt(3_000)];
            int distinct = 1 + r.nextInt(50);   // few distinct values: many ties
            for (int i = 0; i < scores.length; i++) scores[i] = round % 2 == 0 ? r.nextDouble() : r.nextInt(distinct) / (double) distinct;
            assertEquals(sorted(scores, n), ThresholdBeamSearch.threshold(scores, n), 0.0, "round " + round);
        }
    }
}
