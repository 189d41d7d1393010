package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.List;
import org.w3id.newskg.model.Statement;

/**
 * {@code after-quotation} (German): "„Die realen Ergebnisse sehen wir erst später.“ Russland habe seine Positionen
 * bestätigt.": a Konjunktiv I sentence taken with no speaker in reach ({@link KonjunktivChain#ALONE}) continues the
 * speaker of a quotation that ends at most two sentences before it — quotations are attributed after the chains, so
 * the chain could not see that speaker yet.
 */
final class AfterQuotation implements Revision {
    static final String NAME = "after-quotation";
    /** The quotation ends at most this many sentences before the statement (Konjunktiv I's reach in a chain). */
    private static final int REACH = 2;

    @Override public String name() { return NAME; }

    @Override
    public List<Draft> revise(Context c, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            if (!d.rule().endsWith("+" + KonjunktivChain.ALONE) || d.speaker() != null || d.speakerSpan() != null) { out.add(d); continue; }
            Draft quote = null;
            for (Draft q : drafts)
                if (q.kind() == Statement.Kind.DIRECT_QUOTE && q.speaker() != null && q.words().end() <= d.words().begin()
                        && (quote == null || q.words().end() > quote.words().end())) quote = q;
            boolean near = quote != null && c.doc.distanceInSentences(quote.words().end(), d.words().begin()) <= REACH;
            out.add(near ? d.copiedFrom(quote, NAME).cue(null) : d);
        }
        return out;
    }
}
