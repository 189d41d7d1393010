package org.w3id.newskg;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The package rules of STYLE.md §1: data flows one way, each library stays in its packages. The order of
 * {@link #LAYERS} is the order of the package tree there, with the two packages that are not stages in their place:
 * {@code kb} (the gazetteer and name keys, under extract, link and rdf), {@code view} (the article view over the store,
 * after export; only cli uses it), {@code bench} (above pipeline, below cli) and {@code spark} (the Spark job, last:
 * its own command line in its own jar, which nothing else may use, so target/newskg.jar stays Spark-free).
 */
@AnalyzeClasses(packages = "org.w3id.newskg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String P = "org.w3id.newskg.";

    /** Every package, top to bottom: each may use only those before it. */
    static final List<String> LAYERS = List.of("model", "ingest", "nlp", "kb", "extract", "link", "rdf", "store", "query",
            "export", "view", "pipeline", "bench", "cli", "spark");

    @ArchTest
    static final ArchRule eachPackageUsesOnlyThePackagesAboveIt = CompositeArchRule.of(layerRules());

    @ArchTest
    static final ArchRule everyClassIsInALayer = classes().should().resideInAnyPackage(LAYERS.stream().map(l -> P + l + "..").toArray(String[]::new))
            .because("a package outside the list escapes every rule here: add it to LAYERS, and to STYLE.md §1");

    @ArchTest
    static final ArchRule kbNeedsOnlyModel = noClasses().that().resideInAPackage(P + "kb..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "ingest..", P + "nlp..", P + "extract..", P + "link..", P + "rdf..",
                    P + "store..", P + "query..", P + "export..", P + "pipeline..", P + "bench..", P + "cli..")
            .because("the gazetteer and the name keys are the ground extract, link and rdf stand on; they know no stage");

    @ArchTest
    static final ArchRule pipelineNeedsNoStoreNorQuery = noClasses().that().resideInAPackage(P + "pipeline..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "store..", P + "query..")
            .because("the pipeline gives graphs; storing and querying them is for bench and cli above it");

    @ArchTest
    static final ArchRule onlyCliUsesTheView = noClasses().that().resideOutsideOfPackages(P + "view..", P + "cli..")
            .should().dependOnClassesThat().resideInAPackage(P + "view..")
            .because("the article view reads the store for a browser; no stage needs it, the commands serve and write it");

    @ArchTest
    static final ArchRule openNlpOnlyInNlp = noClasses().that().resideOutsideOfPackage(P + "nlp..")
            .should().dependOnClassesThat().resideInAPackage("opennlp..");

    @ArchTest
    static final ArchRule picocliOnlyInCli = noClasses().that().resideOutsideOfPackages(P + "cli..", P + "spark..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command lines: newskg's, and the Spark job's in its own jar");

    @ArchTest
    static final ArchRule sparkOnlyInSpark = noClasses().that().resideOutsideOfPackage(P + "spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..", "scala..")
            .because("Spark is provided, in no jar but the job's: a class outside spark that needs it breaks target/newskg.jar");

    /** Lucene and jena-text, the full-text index, only behind the store ({@code store.TextIndex}); queries reach it through SPARQL. */
    @ArchTest
    static final ArchRule luceneOnlyInStore = noClasses().that().resideOutsideOfPackage(P + "store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.apache.jena.query.text..");

    /**
     * Jena in {@code rdf}, {@code store}, {@code query} and {@code export}, and in {@code bench}, which measures the
     * store and the server themselves (it streams a file into an empty store, rewrites PROV times to replay a reload,
     * binds query parameters). {@code pipeline} and {@code cli} only hand on the graphs those packages take and
     * give ({@link #graphValuesOnly}); the packages before {@code rdf} see no Jena at all.
     */
    @ArchTest
    static final ArchRule jenaOnlyInTheGraphPackages = noClasses().that().resideInAnyPackage(P + "model..", P + "ingest..", P + "nlp..",
                    P + "kb..", P + "extract..", P + "link..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.jena..");

    /**
     * The one stated exception to "Jena only in rdf, store, query, export": {@code pipeline} and {@code cli} may hold
     * the Jena types that those packages' APIs exchange — a graph as a {@link DatasetGraph}, a {@link StreamRDF} sink
     * for quads, a graph's name as a {@link Node} — to pass them from one API to another (the mapper's dataset to the
     * exporter or the loader, {@code --graph IRI} to the store). Parsing, writing, querying and storing stay behind
     * those APIs. Wrapping the three types in newskg's own would copy every graph for nothing.
     */
    @ArchTest
    static final ArchRule graphValuesOnly = noClasses().that().resideInAnyPackage(P + "pipeline..", P + "cli..", P + "spark..")
            .should().dependOnClassesThat(resideInAPackage("org.apache.jena..").and(not(belongToAnyOf(DatasetGraph.class, StreamRDF.class, Node.class))))
            .because("pipeline and cli pass graphs on; parsing, writing, querying and storing them is for rdf, store, query and export");

    private static List<ArchRule> layerRules() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] below = LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> P + l + "..").toArray(String[]::new);
            rules.add(noClasses().that().resideInAPackage(P + LAYERS.get(i) + "..").should().dependOnClassesThat().resideInAnyPackage(below));
        }
        return rules;
    }
}
