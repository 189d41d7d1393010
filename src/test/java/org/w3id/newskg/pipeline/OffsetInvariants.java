package org.w3id.newskg.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.newskg.model.AnnotatedText;
import org.w3id.newskg.model.CharSpan;
import org.w3id.newskg.model.Entity;
import org.w3id.newskg.model.Extraction;
import org.w3id.newskg.model.Mention;
import org.w3id.newskg.model.Sentence;
import org.w3id.newskg.model.Statement;
import org.w3id.newskg.model.Token;

/**
 * The offset invariants of STYLE §6 for one article, checked twice: on the extraction (UTF-16 offsets into
 * {@code Article.text()}) and on its graph (code-point offsets, as the contract has them). Unlike
 * {@link Invariants}, which asserts on one golden graph, this gathers every violation as one line naming the
 * article, so a batch of random input reports all of them at once; an empty list means the article passes.
 * <ul>
 * <li>sentences lie in the text, in order, without overlap; tokens lie in their sentence, in order, and their
 *     text is the text at their span;
 * <li>every mention lies inside the text and inside the sentence it names; every statement's words, speaker
 *     words and cue lie inside the text; a statement starts inside a sentence and reported speech ends in
 *     that sentence too (a direct quotation may run over several);
 * <li>in the graph: one named graph, nothing in the default graph; the article's {@code nif:isString} is the
 *     text and its {@code nif:endIndex} the text's length in code points; every node with offsets has exactly
 *     one {@code nif:beginIndex} and one {@code nif:endIndex}, well-formed {@code xsd:nonNegativeInteger}s
 *     with {@code 0 ≤ begin ≤ end ≤ length}; its {@code schema:text} or {@code nif:anchorOf} equals the text
 *     between them, counted in code points; a statement starts inside its {@code nif:sentence}; statements are
 *     numbered in text order (offsets never go back).
 * </ul>
 */
final class OffsetInvariants {
    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    private static final String SCHEMA = "https://schema.org/";
    private static final Node IS_STRING = uri(NIF + "isString"), BEGIN = uri(NIF + "beginIndex"), END = uri(NIF + "endIndex"),
            ANCHOR = uri(NIF + "anchorOf"), SENTENCE = uri(NIF + "sentence"), TEXT = uri(SCHEMA + "text"),
            NEWS_ARTICLE = uri(SCHEMA + "NewsArticle"), QUOTATION = uri(SCHEMA + "Quotation"),
            TYPE = uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            REPORTED = uri("https://w3id.org/newskg#ReportedSpeech"), KIND = uri("https://w3id.org/newskg#kind");

    private OffsetInvariants() {}

    static List<String> check(Extraction ex, DatasetGraph dsg) {
        List<String> out = new ArrayList<>();
        String where = ex.article().meta().source() + " (" + ex.article().id() + ")";
        extraction(ex, msg -> out.add(where + ": " + msg));
        graph(ex.article().text(), dsg, msg -> out.add(where + ": graph: " + msg));
        return out;
    }

    private interface Sink { void add(String violation); }

    private static void extraction(Extraction ex, Sink bad) {
        AnnotatedText at = ex.text();
        String text = at.text();
        int prevEnd = 0, prevToken = -1;
        for (Sentence s : at.sentences()) {
            if (!inside(s.span(), text)) { bad.add("sentence " + s.index() + " " + s.span() + " outside the text (length " + text.length() + ")"); continue; }
            if (s.span().begin() < prevEnd) bad.add("sentence " + s.index() + " " + s.span() + " overlaps the one before (ends " + prevEnd + ")");
            prevEnd = s.span().end();
            int prevTokEnd = s.span().begin();
            for (Token t : s.tokens()) {
                if (t.index() != prevToken + 1) bad.add("token " + t.index() + " after token " + prevToken);
                prevToken = t.index();
                if (!s.span().covers(t.span())) bad.add("token " + t.index() + " " + t.span() + " outside its sentence " + s.span());
                else if (!t.span().in(text).equals(t.text())) bad.add("token " + t.index() + " text '" + t.text() + "' is not the text at " + t.span());
                if (t.span().begin() < prevTokEnd) bad.add("token " + t.index() + " " + t.span() + " goes back (previous ends " + prevTokEnd + ")");
                prevTokEnd = t.span().end();
            }
        }
        for (Entity e : ex.entities())
            for (Mention m : e.mentions()) {
                if (!inside(m.span(), text)) { bad.add("mention " + m.span() + " of " + e.label() + " outside the text"); continue; }
                if (m.sentence() < 0 || m.sentence() >= at.sentences().size()) { bad.add("mention " + m.span() + " names sentence " + m.sentence() + " of " + at.sentences().size()); continue; }
                Sentence s = at.sentences().get(m.sentence());
                if (!s.span().covers(m.span())) bad.add("mention " + m.span() + " '" + m.span().in(text) + "' outside its sentence " + s.span());
            }
        for (Statement st : ex.statements()) {
            if (!inside(st.words(), text)) { bad.add("statement " + st.index() + " " + st.words() + " outside the text"); continue; }
            st.speakerSpan().filter(sp -> !inside(sp, text)).ifPresent(sp -> bad.add("statement " + st.index() + " speaker words " + sp + " outside the text"));
            st.cue().filter(c -> !inside(c, text)).ifPresent(c -> bad.add("statement " + st.index() + " cue " + c + " outside the text"));
            Optional<Sentence> s = at.sentenceAt(st.words().begin());
            if (s.isEmpty()) bad.add("statement " + st.index() + " " + st.words() + " starts outside every sentence");
            else if (st.kind() == Statement.Kind.REPORTED_SPEECH && st.words().end() > s.get().span().end())
                bad.add("reported speech " + st.index() + " " + st.words() + " runs past its sentence " + s.get().span());
        }
    }

    private static void graph(String text, DatasetGraph dsg, Sink bad) {
        int length = text.codePointCount(0, text.length());
        int[] utf16 = new int[length + 1];   // code point index → UTF-16 index
        for (int i = 0, cp = 0; i <= text.length(); cp++) {
            utf16[cp] = i;
            if (i == text.length()) break;
            i += Character.charCount(text.codePointAt(i));
        }
        if (dsg.getDefaultGraph().size() != 0) bad.add("the default graph has " + dsg.getDefaultGraph().size() + " triples");
        List<Node> graphs = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(graphs::add);
        if (graphs.size() != 1) { bad.add(graphs.size() + " named graphs, expected 1: " + graphs); return; }
        Node g = graphs.getFirst();
        List<Node> articles = subjects(dsg, g, TYPE, NEWS_ARTICLE);
        if (articles.size() != 1) { bad.add(articles.size() + " schema:NewsArticle nodes, expected 1"); return; }
        List<Node> strings = objects(dsg, g, articles.getFirst(), IS_STRING);
        if (strings.size() != 1 || !strings.getFirst().isLiteral() || !strings.getFirst().getLiteralLexicalForm().equals(text))
            bad.add("the article's nif:isString is not the article text");
        TreeMap<Integer, int[]> statements = new TreeMap<>();
        java.util.Set<Node> withOffsets = new java.util.LinkedHashSet<>();
        dsg.find(g, Node.ANY, BEGIN, Node.ANY).forEachRemaining(q -> withOffsets.add(q.getSubject()));
        dsg.find(g, Node.ANY, END, Node.ANY).forEachRemaining(q -> withOffsets.add(q.getSubject()));
        for (Node n : withOffsets) {
            List<Node> bs = objects(dsg, g, n, BEGIN), es = objects(dsg, g, n, END);
            if (bs.size() != 1 || es.size() != 1) { bad.add(n + " has " + bs.size() + " beginIndex and " + es.size() + " endIndex"); continue; }
            Integer b = nonNegative(bs.getFirst()), e = nonNegative(es.getFirst());
            if (b == null || e == null) { bad.add(n + " offsets not well-formed xsd:nonNegativeInteger: " + bs.getFirst() + ", " + es.getFirst()); continue; }
            if (b > e || e > length) { bad.add(n + " offsets [" + b + ", " + e + ") outside the text (" + length + " code points)"); continue; }
            String between = text.substring(utf16[b], utf16[e]);
            if (n.equals(articles.getFirst()) && (b != 0 || e != length)) bad.add("the article's offsets are [" + b + ", " + e + "), not [0, " + length + ")");
            for (Node p : List.of(TEXT, ANCHOR))
                for (Node o : objects(dsg, g, n, p))
                    if (!o.isLiteral() || !o.getLiteralLexicalForm().equals(between))
                        bad.add(n + " " + p.getLocalName() + " '" + shorten(o.isLiteral() ? o.getLiteralLexicalForm() : o.toString())
                                + "' is not the text at [" + b + ", " + e + "): '" + shorten(between) + "'");
            if (dsg.contains(g, n, TYPE, QUOTATION)) {
                if (objects(dsg, g, n, TEXT).size() != 1) bad.add(n + " has " + objects(dsg, g, n, TEXT).size() + " schema:text, expected 1");
                String iri = n.getURI();
                try {
                    statements.put(Integer.parseInt(iri.substring(iri.lastIndexOf('/') + 1)), new int[] {b, e});
                } catch (NumberFormatException ex) {
                    bad.add(n + ": statement IRI does not end in its number");
                }
                for (Node s : objects(dsg, g, n, SENTENCE)) {
                    Integer sb = one(dsg, g, s, BEGIN), se = one(dsg, g, s, END);
                    if (sb == null || se == null) { bad.add(n + " its nif:sentence " + s + " has no offsets"); continue; }
                    if (b < sb || b >= Math.max(se, sb + 1)) bad.add(n + " starts at " + b + ", outside its sentence [" + sb + ", " + se + ")");
                    if (dsg.contains(g, n, KIND, REPORTED) && e > se) bad.add(n + " reported speech ends at " + e + ", past its sentence [" + sb + ", " + se + ")");
                }
            }
        }
        int prevBegin = -1;
        for (var en : statements.entrySet()) {
            if (en.getValue()[0] < prevBegin) bad.add("statement " + en.getKey() + " begins at " + en.getValue()[0] + ", before the one numbered before it (" + prevBegin + ")");
            prevBegin = en.getValue()[0];
        }
    }

    private static boolean inside(CharSpan s, String text) { return s.begin() >= 0 && s.end() <= text.length() && s.begin() <= s.end(); }

    private static Integer nonNegative(Node n) {
        if (!n.isLiteral() || !n.getLiteralDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")) return null;
        if (!n.getLiteralDatatype().isValid(n.getLiteralLexicalForm())) return null;
        try {
            int v = Integer.parseInt(n.getLiteralLexicalForm());
            return v < 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer one(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> os = objects(dsg, g, s, p);
        return os.size() == 1 ? nonNegative(os.getFirst()) : null;
    }

    private static List<Node> objects(DatasetGraph dsg, Node g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private static List<Node> subjects(DatasetGraph dsg, Node g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        dsg.find(g, Node.ANY, p, o).forEachRemaining((Quad q) -> out.add(q.getSubject()));
        return out;
    }

    private static String shorten(String s) { return s.length() > 60 ? s.substring(0, 57) + "..." : s; }

    private static Node uri(String s) { return NodeFactory.createURI(s); }
}
