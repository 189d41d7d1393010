package org.w3id.newskg.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Statement;

/**
 * {@code repeated}: a quotation whose words are said again further down (a headline or teaser quoting the text) is
 * the words of whoever says them there — unless a step stronger than the run of quotes gave it a speaker, or a
 * reported clause gave it its source.
 */
final class RepeatedQuote implements Revision {
    static final String NAME = "repeated";
    /** Shorter repeated words (after folding) are too common to tell. */
    private static final int MIN_CHARACTERS = 12;

    @Override public String name() { return NAME; }

    @Override
    public List<Draft> revise(Context c, List<Draft> drafts) {
        List<Draft> out = new ArrayList<>(drafts);
        Map<Draft, String> folded = new HashMap<>();
        for (Draft d : drafts) if (d.kind() == Statement.Kind.DIRECT_QUOTE) folded.put(d, folded(c, d.words()));
        for (int i = 0; i < out.size(); i++) {
            Draft d = out.get(i);
            if (d.kind() != Statement.Kind.DIRECT_QUOTE) continue;
            boolean run = d.lastStep().equals(QuoteRun.NAME);
            if (d.speaker() != null && !run || d.lastStep().equals(InsideReported.NAME)) continue;   // the reported clause gave it its source
            String words = folded.get(d);
            if (words.length() < MIN_CHARACTERS) continue;
            for (Draft later : drafts)
                if (later.kind() == Statement.Kind.DIRECT_QUOTE && later.words().begin() > d.words().end() && later.speaker() != null
                        && !later.lastStep().equals(QuoteRun.NAME) && folded.get(later).contains(words)) {
                    Draft base = run ? d.withoutLastStep() : d;
                    out.set(i, base.with(Attribution.person(later.speaker(), later.speakerSpan())).cue(null).by(NAME));
                    break;
                }
        }
        return out;
    }

    /** The words of a span in lower case, punctuation and spacing folded. */
    private static String folded(Context c, CharSpan span) {
        return span.in(c.doc.text()).toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+", " ").strip();
    }
}
