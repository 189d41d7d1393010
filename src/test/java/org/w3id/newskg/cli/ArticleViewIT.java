package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.newskg.store.SparqlServer;
import org.w3id.newskg.store.TdbStore;

/**
 * The article view in a real browser (issue 14): three articles loaded into a TDB2 store in a temporary directory,
 * {@code serve}'s server on a free port, headless Chromium driven through Selenium with Debian's
 * {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them; without them this test fails,
 * saying so, instead of skipping). What the page shows is compared with what SPARQL finds in the store: the
 * highlighted statements are exactly the article's statements, each speaker has one colour and no two speakers
 * share one, a click shows the speaker the graph names. One article holds {@code <script>}, an {@code onerror}
 * attribute and quotes inside a quotation: they must show as text and never run. Screenshots go to {@code target/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleViewIT {
    static final String CHROMIUM = System.getProperty("newskg.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("newskg.chromedriver", "/usr/bin/chromedriver");
    static final String EXAMPLE = "alaska-summit-reactions.de", HOSTILE = "hafen-streik.de", ENGLISH = "bus-lanes.en";
    static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            """;

    Path dir;
    TdbStore store;
    SparqlServer server;
    WebDriver browser;

    @BeforeAll
    void loadServeAndOpenABrowser(@TempDir Path tmp) throws IOException {
        dir = tmp;
        assertTrue(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER)),
                "the article view test needs headless Chromium and its driver: " + CHROMIUM + " and " + DRIVER
                        + " are missing. Install them with: apt-get install -y chromium chromium-driver (.ci/run does), "
                        + "or point -Dnewskg.chromium and -Dnewskg.chromedriver at them");
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("data/articles/" + EXAMPLE + ".txt"), articles.resolve(EXAMPLE + ".txt"));
        for (String name : List.of(HOSTILE, ENGLISH))
            Files.copy(Path.of("src/test/resources/view/" + name + ".txt"), articles.resolve(name + ".txt"), StandardCopyOption.REPLACE_EXISTING);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "load", articles.toString(), "--store", dir.resolve("db").toString(), "--threads", "1");
        assertEquals(0, code, out + "\n" + err);
        store = TdbStore.open(dir.resolve("db"));
        server = ServeCommand.start(store, ServeCommand.settings("127.0.0.1", 0, null, 30), new PrintWriter(out, true), new PrintWriter(err, true));
        assertTrue(out.toString().contains("view        " + server.serverUrl() + "/view/"), "serve prints where the view is:\n" + out);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1900", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(Path.of(DRIVER).toFile()).usingAnyFreePort().build(), options);
    }

    @AfterAll
    void close() {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void theIndexListsEveryArticleWithTheCountsOfTheGraph() {
        open(server.serverUrl() + "/view/");
        Map<String, String> shown = new TreeMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("table.articles tbody tr")))
            shown.put(row.findElement(By.cssSelector("td a")).getText(), row.findElement(By.cssSelector("td.statements")).getText()
                    + " " + row.findElement(By.cssSelector("td.persons")).getText() + " " + row.findElement(By.cssSelector("td.events")).getText());
        Map<String, String> inGraph = new TreeMap<>();
        for (Map<String, String> r : select("""
                SELECT ?id (COUNT(DISTINCT ?s) AS ?st) (COUNT(DISTINCT ?p) AS ?pe) (COUNT(DISTINCT ?e) AS ?ev) WHERE { GRAPH ?g {
                  ?a a schema:NewsArticle ; schema:identifier ?id .
                  OPTIONAL { { ?s a schema:Quotation } UNION { ?p a schema:Person } UNION { ?e a sem:Event } } } } GROUP BY ?id""", Map.of()))
            inGraph.put(r.get("id"), r.get("st") + " " + r.get("pe") + " " + r.get("ev"));
        assertEquals(Set.of(EXAMPLE, HOSTILE, ENGLISH), inGraph.keySet());
        assertEquals(inGraph, shown);
        browser.findElement(By.linkText(EXAMPLE)).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> b.getCurrentUrl().endsWith("/view/" + EXAMPLE));
    }

    @Test
    void everyStatementIsHighlightedInItsSpeakersColourAndAClickShowsTheSpeaker() throws IOException {
        open(server.serverUrl() + "/view/" + EXAMPLE);
        Set<String> statements = statementsOf(EXAMPLE);
        List<WebElement> marks = browser.findElements(By.cssSelector("#text mark.stmt"));
        Set<String> highlighted = new TreeSet<>();
        marks.forEach(m -> highlighted.add(m.getDomAttribute("data-iri")));
        assertTrue(statements.size() >= 10, "the example article has its statements: " + statements.size());
        assertEquals(statements.size(), highlighted.size(), "as many highlighted statements as the graph holds");
        assertEquals(statements, highlighted);

        Map<String, Set<String>> coloursBySpeaker = new HashMap<>();
        for (WebElement m : marks) {
            String speaker = m.getDomAttribute("data-speaker");
            if (speaker != null && !speaker.isEmpty()) coloursBySpeaker.computeIfAbsent(speaker, k -> new HashSet<>()).add(m.getCssValue("background-color"));
        }
        assertTrue(coloursBySpeaker.size() >= 5, "several speakers: " + coloursBySpeaker.keySet());
        Set<String> colours = new HashSet<>();
        coloursBySpeaker.forEach((speaker, c) -> {
            assertEquals(1, c.size(), speaker + " has one colour: " + c);
            colours.addAll(c);
        });
        assertEquals(coloursBySpeaker.size(), colours.size(), "no two speakers share a colour: " + coloursBySpeaker);

        List<Map<String, String>> attributed = select("""
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                SELECT ?s ?label ?wd WHERE { GRAPH ?g { ?a schema:identifier ?id . ?s a schema:Quotation ; prov:wasAttributedTo ?p .
                  ?p rdfs:label ?label . OPTIONAL { ?p owl:sameAs ?wd } } } ORDER BY ?s""", Map.of("id", NodeFactory.createLiteralString(EXAMPLE)));
        Map<String, String> linked = attributed.stream().filter(r -> r.get("wd") != null).findFirst().orElseThrow();
        Map<String, String> unlinked = attributed.stream().filter(r -> r.get("wd") == null).findFirst().orElseThrow();
        for (Map<String, String> statement : List.of(linked, unlinked)) {
            WebElement said = browser.findElement(By.cssSelector("#text mark.stmt[data-iri='" + statement.get("s") + "']"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", said);
            said.click();
            assertEquals(statement.get("label"), browser.findElement(By.cssSelector("#details .speaker")).getText(), "the clicked statement's speaker");
            assertFalse(browser.findElement(By.cssSelector("#details .rule")).getText().isBlank(), "the rule is shown");
            List<String> links = browser.findElements(By.cssSelector("#details a.wd")).stream().map(a -> a.getDomAttribute("href")).toList();
            assertEquals(statement.get("wd") == null ? List.of() : List.of(statement.get("wd").replace("http://www.wikidata.org/entity/", "https://www.wikidata.org/wiki/")),
                    links, "a Wikidata link exactly when the speaker is linked");
        }

        long drawn = (Long) ((JavascriptExecutor) browser).executeScript("return window.newskgGraph.nodes().length");
        long persons = Long.parseLong(select("SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?a schema:identifier ?id . ?p a schema:Person } }",
                Map.of("id", NodeFactory.createLiteralString(EXAMPLE))).getFirst().get("n"));
        long events = Long.parseLong(select("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?a schema:identifier ?id . ?e a sem:Event } }",
                Map.of("id", NodeFactory.createLiteralString(EXAMPLE))).getFirst().get("n"));
        assertEquals(persons + statements.size() + events, drawn, "the graph drawn has the article's persons, statements and events");
        assertNoRequestLeftTheServer();
        Path shot = Path.of("target", "article-view.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertTrue(Files.size(shot) > 10_000, "a screenshot in " + shot);
        WebElement graph = browser.findElement(By.id("graph"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", graph);
        Files.write(Path.of("target", "article-view-graph.png"), graph.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void markupAndQuotesInTheTextStayTextAndNeverRun() {
        open(server.serverUrl() + "/view/" + HOSTILE);
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned"), "no script of the text ran");
        assertTrue(browser.findElements(By.cssSelector("#app script, #app img")).isEmpty(), "no element made from the text");
        String text = browser.findElement(By.id("text")).getText();
        assertTrue(text.contains("<script>window.__pwned=1</script>"), text);
        assertTrue(text.contains("\"Tricks\" & 'Spielchen' <img src=x onerror=\"window.__pwned=2\">"), text);
        Set<String> highlighted = new TreeSet<>();
        browser.findElements(By.cssSelector("#text mark.stmt")).forEach(m -> highlighted.add(m.getDomAttribute("data-iri")));
        assertEquals(statementsOf(HOSTILE), highlighted);
        assertTrue(browser.findElements(By.cssSelector("#text mark.stmt")).stream().anyMatch(m -> m.getText().contains("<script>")),
                "the statement with the markup is highlighted as text");
    }

    @Test
    void aPersonPageShowsThePersonAcrossArticlesAndAMissingOneIs404() {
        String key = select("SELECT ?p WHERE { GRAPH ?g { ?a schema:identifier ?id . ?s prov:wasAttributedTo ?p . ?p rdfs:label \"Jana Kühn\" } } LIMIT 1",
                Map.of("id", NodeFactory.createLiteralString(HOSTILE))).getFirst().get("p").replaceAll(".*/", "");
        open(server.serverUrl() + "/view/person/" + key);
        assertEquals("Jana Kühn", browser.findElement(By.tagName("h1")).getText());
        assertEquals(statementsBy(key).size(), browser.findElements(By.cssSelector("ul.said li")).size());
        assertTrue((Long) ((JavascriptExecutor) browser).executeScript("return window.newskgGraph.nodes().length") >= 3);
        open(server.serverUrl() + "/view/person/no one\"><script>window.__pwned=4</script>");
        assertEquals("Not found", browser.findElement(By.tagName("h1")).getText());
        open(server.serverUrl() + "/view/no-such-article\"><script>window.__pwned=3</script>");
        assertEquals("Not found", browser.findElement(By.tagName("h1")).getText());
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned"));
    }

    @Test
    void explainHtmlWritesTheSamePageAsOneFileThatOpensWithoutTheServer() throws IOException {
        Path file = dir.resolve("hostile.html");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), "explain", "src/test/resources/view/" + HOSTILE + ".txt", "--html", file.toString());
        assertEquals(0, code, out + "\n" + err);
        String html = Files.readString(file);
        assertFalse(html.contains("<script src="), "scripts are inlined");
        assertFalse(html.contains("<link rel=\"stylesheet\""), "styles are inlined");
        open(file.toUri().toString());
        Set<String> highlighted = new TreeSet<>();
        browser.findElements(By.cssSelector("#text mark.stmt")).forEach(m -> highlighted.add(m.getDomAttribute("data-iri")));
        assertEquals(statementsOf(HOSTILE), highlighted, "the file shows what the store holds for the same text");
        assertNull(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined ? null : window.__pwned"));
        assertEquals(Long.valueOf(statementsOf(HOSTILE).size() + 2 + 0),
                ((JavascriptExecutor) browser).executeScript("return window.newskgGraph.nodes().length - window.newskgGraph.nodes('[kind = \"event\"]').length"),
                "the drawing library runs in the file: its statements and two persons are drawn");
        assertNoRequestLeftTheServer();
    }

    private void open(String url) {
        browser.get(url);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> "true".equals(((JavascriptExecutor) b).executeScript(
                "return document.body && document.body.getAttribute('data-ready')")));
    }

    /** Every resource the page loaded came from the server itself (or, for a file, from no server at all). */
    private void assertNoRequestLeftTheServer() {
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        for (String url : loaded) assertTrue(url.startsWith(server.serverUrl() + "/view/"), "a request left the view: " + url);
    }

    private Set<String> statementsOf(String id) {
        Set<String> iris = new TreeSet<>();
        select("SELECT ?s WHERE { GRAPH ?g { ?a schema:identifier ?id . ?s a schema:Quotation } }", Map.of("id", NodeFactory.createLiteralString(id)))
                .forEach(r -> iris.add(r.get("s")));
        return iris;
    }

    private List<Map<String, String>> statementsBy(String key) {
        return select("SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s prov:wasAttributedTo ?p } }",
                Map.of("p", NodeFactory.createURI("https://w3id.org/newskg/id/person/" + key)));
    }

    /** A SPARQL query on the store with its parameters bound as terms; each row as variable → lexical form or IRI. */
    private List<Map<String, String>> select(String sparql, Map<String, Node> params) {
        Query q = QueryFactory.create(PREFIXES + sparql);
        return Txn.calculateRead(store.dataset(), () -> {
            var builder = QueryExec.dataset(store.dataset()).query(q);
            params.forEach(builder::substitution);
            List<Map<String, String>> rows = new java.util.ArrayList<>();
            try (QueryExec exec = builder.build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    b.vars().forEachRemaining(v -> {
                        Node n = b.get(v);
                        row.put(v.getVarName(), n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                    });
                    rows.add(row);
                });
            }
            return rows;
        });
    }
}
