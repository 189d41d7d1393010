package org.w3id.newskg.model;

import java.util.List;

/** What the linker decided for one entity: only {@link Linked} becomes owl:sameAs (CONTRACT §7). */
public sealed interface LinkDecision {
    /** A sure link, with the evidence: which names matched and which context agreed. */
    record Linked(String qid, double score, String evidence) implements LinkDecision {
        public Linked {
            if (qid == null || !qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("invalid QID " + qid);
        }
    }

    /** Candidates that the context could not decide between; never asserted as owl:sameAs. */
    record Unsure(List<Candidate> candidates) implements LinkDecision {
        public Unsure { candidates = List.copyOf(candidates); }
    }

    record Unlinked(String reason) implements LinkDecision {}

    record Candidate(String qid, String label, double score) {}
}
