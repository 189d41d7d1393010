package org.w3id.newskg.store;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;

/**
 * TDB2's query engine, but the algebra of a kept parsed query ({@link ParsedQueries}) is optimized once: the optimized
 * algebra (ARQ's optimizer, then TDB2's quad form) is kept with the parsed query and used again by every later
 * request for the same text. Planning was about 6 % of a shipped query's CPU in one process at 1 M triples, 11 % for
 * {@code statements-by-person} (JFR, issue 15). Only the algebra is kept: each request still runs it on the store as
 * it is then, and TDB2 still orders each basic pattern when it runs it.
 *
 * <p>A request asks for this engine by carrying its query's {@link Kept} in its context under {@link #KEPT}, with
 * {@link #registry()} as its query engine registry; a request without one (another dataset description, a text too
 * long to keep, a query run outside the server) gets TDB2's own engine. An optimized algebra is only read while it
 * runs, by any number of requests at once, as the parsed query is; two first requests at once may both optimize it,
 * and either result is kept.
 * {@snippet :
 * action.getContext().set(KeptPlans.KEPT, kept);                 // kept: this parsed query's place for its plan
 * QueryEngineRegistry.set(action.getContext(), KeptPlans.registry());
 * }
 */
final class KeptPlans extends QueryEngineTDB {
    /** The context entry that holds the request's {@link Kept}. */
    static final Symbol KEPT = Symbol.create("https://w3id.org/newskg#keptPlan");
    private static final QueryEngineRegistry REGISTRY = registryWithThis();
    /** How many algebras were optimized through this engine (for the tests: a kept one is not optimized again). */
    static final AtomicLong OPTIMIZED = new AtomicLong();

    /** A parsed query's place for its optimized algebra, empty until its first request. */
    static final class Kept {
        private final Query query;
        private volatile Op plan;

        Kept(Query query) { this.query = query; }

        Query query() { return query; }
    }

    private final Kept kept;

    private KeptPlans(Query query, DatasetGraphTDB dataset, Binding input, Context context, Kept kept) {
        super(query, dataset, input, context);
        this.kept = kept;
    }

    /** The global registry of query engines with this one first (it takes only requests that carry a {@link Kept}). */
    static QueryEngineRegistry registry() { return REGISTRY; }

    private static QueryEngineRegistry registryWithThis() {
        QueryEngineRegistry r = QueryEngineRegistry.get().copy();
        r.add(new Factory());
        return r;
    }

    @Override
    protected Op modifyOp(Op op) {
        if (!getStartBinding().isEmpty()) return super.modifyOp(op);
        Op plan = kept.plan;
        if (plan == null) {
            plan = super.modifyOp(op);
            OPTIMIZED.incrementAndGet();
            kept.plan = plan;
        }
        setOp(plan);
        return plan;
    }

    /** TDB2's factory, for the requests that carry their query's {@link Kept}. */
    private static final class Factory extends QueryEngineFactoryTDB {
        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return context != null && context.get(KEPT) instanceof Kept k && k.query == query && super.accept(query, dataset, context);
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new KeptPlans(query, dsgToQuery(dataset), input, context, (Kept) context.get(KEPT)).getPlan();
        }
    }
}
