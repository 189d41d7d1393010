package org.w3id.newskg.store;

import static org.apache.jena.fuseki.server.CounterName.QueryTimeouts;

import org.apache.jena.atlas.lib.Cache;
import org.apache.jena.atlas.lib.CacheFactory;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * The server's SPARQL query operation: Fuseki's, but each query text is parsed once. The shipped queries and the UI
 * send the same texts again and again (a page, a parameter value), and parsing the text was about 5 % of the server's
 * CPU per request at 1 M triples, writing it out again for the log (Fuseki formats the query twice for its log line,
 * whether or not the line is written) 3 % more (JFR over 8 clients, issue 15). So the parsed query of each text is
 * kept, the {@value #SIZE} texts used last, each of at most {@value #LONGEST} characters (a shipped query is 1 to 3
 * thousand; a longer text, a large VALUES block say, is parsed each time, so that the kept queries stay a few MB), and
 * with it the query's optimized algebra once it has run ({@link KeptPlans}); the query is executed afresh for every
 * request (no answer is kept), and a query that does not parse is parsed again each time it is sent. A parsed query is
 * only read while it runs, by any number of requests at once: its result variables are fixed before it is kept. The
 * query's log line is written as Fuseki writes it, when that logger is at INFO.
 */
final class ParsedQueries extends SPARQL_QueryDataset {
    /** How many query texts are kept parsed. */
    static final int SIZE = 256;
    /** The longest query text kept parsed, in characters. */
    static final int LONGEST = 32_768;
    private final Cache<String, KeptPlans.Kept> parsed = CacheFactory.createCache(SIZE);

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isBlank()) ServletOps.errorBadRequest("Error: " + (queryString.isEmpty() ? "Empty" : "Blank") + " query string");
        if (action.log.isInfoEnabled())
            action.log.info(String.format("[%d] Query = %s", action.id, ServletOps.formatForLog(queryString)));
        KeptPlans.Kept kept = parse(queryString, action);
        Query query = kept.query();
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> p = decideDataset(action, query, queryString);
            Query q = p.getRight() == null ? query : p.getRight();
            if (q == query) {
                // the query's optimized algebra is kept with it (a query with a dataset description of its own is planned afresh)
                action.getContext().set(KeptPlans.KEPT, kept);
                QueryEngineRegistry.set(action.getContext(), KeptPlans.registry());
            }
            try (QueryExec exec = createQueryExec(action, q, p.getLeft())) {
                QueryExecResult result = executeQuery(action, exec, query, queryString);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            // a late error, a Lucene query string that does not parse, say
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n" + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** The parsed query of this text, from the ones kept or parsed now (and then kept); a bad request if it does not parse. */
    private KeptPlans.Kept parse(String queryString, HttpAction action) {
        KeptPlans.Kept kept = parsed.getIfPresent(queryString);
        if (kept != null) return kept;
        Query query = null;
        try {
            query = QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ);
            query.ensureResultVars();   // the one lazy part of a parsed query: fixed before other threads read it
            validateQuery(action, query);
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryParseException e) {
            String msg = SPARQLProtocol.messageForParseException(e);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException e) {
            String msg = SPARQLProtocol.messageForException(e);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        kept = new KeptPlans.Kept(query);
        if (queryString.length() <= LONGEST) parsed.put(queryString, kept);
        return kept;
    }
}
