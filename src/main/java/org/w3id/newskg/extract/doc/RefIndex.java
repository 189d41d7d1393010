package org.w3id.newskg.extract.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3id.newskg.extract.person.People;
import org.w3id.newskg.model.AnnotatedText;

/**
 * The references of an article's people by token, built once per {@link ArticleDoc}: the reference that covers each
 * token, and the references to persons in text order with their first token, for a look-up of the persons in a
 * range of tokens by binary search instead of a pass over every reference (which made long articles quadratic).
 * A reference to a person whose first token lies in no clause (a quotation mark, a dash) is left out of the latter.
 */
final class RefIndex {
    private final People.Ref[] at;
    private final List<PersonRef> persons = new ArrayList<>();
    /** The first token of each of {@link #persons}: never decreasing. */
    private final int[] tokens;

    RefIndex(AnnotatedText text, People people, Clause[] clauseOf) {
        this.at = new People.Ref[text.tokens().size()];
        for (People.Ref r : people.refs()) {
            var range = text.tokensWithin(r.span());
            for (int i = range.begin(); i < range.end(); i++) if (at[i] == null) at[i] = r;
        }
        for (People.Ref r : people.refs()) {
            if (!people.get(r.entity()).isPerson()) continue;
            text.firstTokenFrom(r.span().begin()).filter(t -> clauseOf[t.index()] != null).ifPresent(t -> persons.add(new PersonRef(r, t.index())));
        }
        this.tokens = persons.stream().mapToInt(PersonRef::token).toArray();
    }

    Optional<People.Ref> at(int token) { return Optional.ofNullable(at[token]); }

    List<PersonRef> persons() { return persons; }

    List<PersonRef> persons(int from, int to) {
        int a = from(from), b = from(to);
        return a < b ? persons.subList(a, b) : List.of();
    }

    /** The index of the first of {@link #persons} whose token is at or after {@code token}. */
    private int from(int token) {
        int lo = 0, hi = tokens.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid] < token) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
