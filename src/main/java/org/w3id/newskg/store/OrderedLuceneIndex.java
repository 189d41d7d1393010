package org.w3id.newskg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.rdf.model.Resource;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * jena-text's Lucene index with two changes for searches that want a page of the best hits: the hits of a
 * {@code text:query} come in one fixed order, best score first, equal scores by graph and then subject (the order of
 * their IRIs' UTF-8 bytes, which is SPARQL's order of IRIs but for characters beyond U+FFFF), so that its limit
 * ({@code text:query (schema:text "words" 20)}) takes exactly the first hits of that order and a page cut from them
 * is the same as one cut from all hits; and a search reads the index through a reader kept open between searches
 * (reopened after each commit) instead of opening the index afresh for each one.
 *
 * <p>Why: a search that takes every hit and lets SPARQL sort them read each hit's stored subject and graph, one
 * compressed block decompressed per hit, 559 hits for a common word at 1 M triples, and the opening of the index
 * cost as much again as the search (issue 15). Here Lucene sorts by score and two sort keys kept beside each
 * document ({@value #GRAPH_ORDER}, {@value #SUBJECT_ORDER}: the graph's and the subject's IRI as doc values), and the
 * hits' subjects and graphs are read from those keys.
 *
 * <p>The fixed order needs the keys in every document: an index written without them (before newskg wrote them)
 * is rebuilt when the store is opened ({@link #hasOrderKeys}). A search this class does not handle itself (a
 * language, highlighting) is jena-text's own, in its order. Only committed documents are searched, as with
 * jena-text's own reader.
 */
final class OrderedLuceneIndex extends TextIndexLucene {
    /** The sort key of a document's graph: its IRI as a sorted doc value. */
    static final String GRAPH_ORDER = "graphOrder";
    /** The sort key of a document's subject: its IRI as a sorted doc value. */
    static final String SUBJECT_ORDER = "uriOrder";
    /** The most hits a search takes without a limit, as jena-text. */
    private static final int ALL = 10_000;
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE, new SortField(GRAPH_ORDER, SortField.Type.STRING),
            new SortField(SUBJECT_ORDER, SortField.Type.STRING));
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    });
    private final SearcherManager searchers;
    /** Whether {@link #plainDoc} makes jena-text's document: no language field, every field indexed. */
    private final boolean plain;
    /** The literal's field type, as jena-text's. */
    private final FieldType literal;

    OrderedLuceneIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
        EntityDefinition def = config.getEntDef();
        plain = def.getLangField() == null && !config.isMultilingualSupport() && def.fields().stream().noneMatch(def::getNoIndex);
        literal = config.isValueStored() ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED;
        try {
            searchers = new SearcherManager(directory, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index in this directory holds the sort keys in all its documents (an empty index does). */
    static boolean hasOrderKeys(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) return true;
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            if (reader.numDocs() == 0) return true;
            FieldInfo subject = FieldInfos.getMergedFieldInfos(reader).fieldInfo(SUBJECT_ORDER);
            return subject != null && subject.getDocValuesType() == DocValuesType.SORTED
                    && reader.leaves().stream().allMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(SUBJECT_ORDER) != null);
        }
    }

    /**
     * jena-text's document of the entity, with the sort keys. For an index without a language field and with every
     * field indexed (newskg's, {@link TextIndex#config}) the document is made here, field for field as jena-text makes
     * it (the subject and graph as stored untokenized terms, the literal in its field, the uid as a stored term), but
     * with the uid's SHA-256 digest kept per thread: jena-text's {@link Entity#getChecksum} looks the digest algorithm
     * up afresh for each entry, about half of the uid's cost in a bulk load. The uid is the same hex string, which is
     * what deleting the entry later looks for ({@link #uid}).
     */
    @Override
    protected Document doc(Entity entity) {
        Document doc = plain ? plainDoc(entity) : super.doc(entity);
        doc.add(new SortedDocValuesField(SUBJECT_ORDER, new BytesRef(entity.getId())));
        if (entity.getGraph() != null) doc.add(new SortedDocValuesField(GRAPH_ORDER, new BytesRef(entity.getGraph())));
        return doc;
    }

    private Document plainDoc(Entity entity) {
        EntityDefinition def = getDocDef();
        Document doc = new Document();
        doc.add(new Field(def.getEntityField(), entity.getId(), ftIRI));
        if (def.getGraphField() != null) doc.add(new Field(def.getGraphField(), entity.getGraph(), ftIRI));
        for (Map.Entry<String, Object> e : entity.getMap().entrySet()) {
            String field = e.getKey(), value = (String) e.getValue();
            doc.add(new Field(field, value, literal));
            if (def.getUidField() != null) doc.add(new Field(def.getUidField(), uid(entity, field, value), StringField.TYPE_STORED));
        }
        return doc;
    }

    /** {@link Entity#getChecksum}: the SHA-256 of graph, subject, field, value and language joined by "-", in lower-case hex. */
    static String uid(Entity entity, String field, String value) {
        String key = entity.getGraph() + "-" + entity.getId() + "-" + field + "-" + value + "-" + entity.getLanguage();
        return HexFormat.of().formatHex(SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void commit() {
        super.commit();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new TextIndexException("refreshing the reader after a commit", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            throw new TextIndexException("close", e);
        } finally {
            super.close();
        }
    }

    @Override
    public List<TextHit> query(String subjectUri, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        if (lang != null || highlight != null) return super.query(subjectUri, props, qs, graphURI, lang, limit, highlight);
        try {
            Query query = parse(props, qs, graphURI, subjectUri);
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] docs = searcher.search(query, limit > 0 ? limit : ALL, ORDER, true).scoreDocs;
                List<TextHit> hits = new ArrayList<>(docs.length);
                for (ScoreDoc d : docs) hits.add(hit((FieldDoc) d, searcher));
                return hits;
            } finally {
                searchers.release(searcher);
            }
        } catch (ParseException e) {
            throw new TextIndexParseException(qs, e.getMessage());
        } catch (IOException e) {
            throw new TextIndexException("query", e);
        }
    }

    /**
     * The Lucene query jena-text makes of a {@code text:query}: the query string within each property's field (or as
     * written when no property is named), within the graph, and for the subject when one is given.
     */
    private Query parse(List<Resource> props, String qs, String graphURI, String subjectUri) throws ParseException {
        EntityDefinition def = getDocDef();
        Set<String> clauses = new LinkedHashSet<>();
        for (Resource p : props) clauses.add(def.getField(p.asNode()) + ": (" + qs + ") ");
        String q = props.isEmpty() ? qs + " " : String.join("", clauses);
        if (graphURI != null) q = "(" + q + ") AND " + def.getGraphField() + ":" + QueryParserBase.escape(graphURI);
        QueryParser parser = new QueryParser(def.getPrimaryField(), getQueryAnalyzer());
        parser.setAllowLeadingWildcard(true);
        Query text;
        synchronized (this) {   // as jena-text: an analyzer need not be thread-safe
            text = parser.parse(q);
        }
        if (subjectUri == null) return text;
        return new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(def.getEntityField(), subjectUri)), BooleanClause.Occur.FILTER).build();
    }

    /**
     * A hit: its subject and graph from the sort keys Lucene read to order it (the stored fields where a key is missing);
     * no literal and no property, as jena-text gives them when the values are not stored ({@link TextIndex#config}).
     */
    private TextHit hit(FieldDoc d, IndexSearcher searcher) throws IOException {
        BytesRef graph = (BytesRef) d.fields[1], subject = (BytesRef) d.fields[2];
        String g, s;
        if (subject != null && (graph != null || getDocDef().getGraphField() == null)) {
            s = subject.utf8ToString();
            g = graph == null ? null : graph.utf8ToString();
        } else {
            Document doc = searcher.storedFields().document(d.doc);
            s = doc.get(getDocDef().getEntityField());
            g = getDocDef().getGraphField() == null ? null : doc.get(getDocDef().getGraphField());
        }
        Node graphNode = g == null ? null : TextQueryFuncs.stringToNode(g);
        return new TextHit(TextQueryFuncs.stringToNode(s), d.score, null, graphNode, null);
    }
}
