package org.w3id.newskg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of STYLE.md §1: data flows one way, each library stays in its stages. */
@AnalyzeClasses(packages = "org.w3id.newskg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String P = "org.w3id.newskg.";

    @ArchTest
    static final ArchRule modelNeedsNothing = noClasses().that().resideInAPackage(P + "model..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "ingest..", P + "nlp..", P + "extract..", P + "link..", P + "rdf..",
                    P + "store..", P + "query..", P + "export..", P + "pipeline..", P + "cli..");

    @ArchTest
    static final ArchRule ingestBeforeTheRest = noClasses().that().resideInAPackage(P + "ingest..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "nlp..", P + "extract..", P + "link..", P + "rdf..",
                    P + "store..", P + "query..", P + "export..", P + "pipeline..", P + "cli..");

    @ArchTest
    static final ArchRule nlpBeforeExtraction = noClasses().that().resideInAPackage(P + "nlp..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "extract..", P + "link..", P + "rdf..",
                    P + "store..", P + "query..", P + "export..", P + "pipeline..", P + "cli..");

    @ArchTest
    static final ArchRule extractBeforeLinking = noClasses().that().resideInAPackage(P + "extract..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "nlp..", P + "link..", P + "rdf..",
                    P + "store..", P + "query..", P + "export..", P + "pipeline..", P + "cli..");

    @ArchTest
    static final ArchRule linkBeforeRdf = noClasses().that().resideInAPackage(P + "link..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "rdf..", P + "store..", P + "query..", P + "export..", P + "pipeline..", P + "cli..");

    @ArchTest
    static final ArchRule rdfBeforeStore = noClasses().that().resideInAPackage(P + "rdf..")
            .should().dependOnClassesThat().resideInAnyPackage(P + "store..", P + "query..", P + "export..", P + "pipeline..", P + "cli..");

    @ArchTest
    static final ArchRule nothingNeedsCli = noClasses().that().resideOutsideOfPackage(P + "cli..")
            .should().dependOnClassesThat().resideInAPackage(P + "cli..");

    @ArchTest
    static final ArchRule openNlpOnlyInNlp = noClasses().that().resideOutsideOfPackage(P + "nlp..")
            .should().dependOnClassesThat().resideInAPackage("opennlp..");

    @ArchTest
    static final ArchRule picocliOnlyInCli = noClasses().that().resideOutsideOfPackage(P + "cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule noJenaBeforeRdf = noClasses().that().resideInAnyPackage(P + "model..", P + "ingest..", P + "nlp..", P + "extract..", P + "link..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.jena..");
}
