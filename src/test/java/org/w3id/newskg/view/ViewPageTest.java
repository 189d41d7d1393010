package org.w3id.newskg.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How the view's pages carry text (issue 14): data as JSON that cannot break out of its script element, and pinned scripts. */
class ViewPageTest {
    static final String HOSTILE = "</script><script>alert(\"x\")</script> & 'quotes' \u2028 <!-- -->";

    @Test
    void theDataCannotCloseItsScriptElementAndReadsBackUnchanged() throws Exception {
        String json = ViewPage.json(Map.of("text", HOSTILE));
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&") || json.contains("\u2028"), json);
        assertEquals(HOSTILE, new ObjectMapper().readValue(json, Map.class).get("text"));
    }

    @Test
    void theTitleIsEscapedAndTheDataStaysInItsBlock() {
        String page = ViewPage.served(HOSTILE, new ViewData.Index(List.of(new ViewData.ArticleSummary(HOSTILE, HOSTILE, "de", null, 1, 2, 3))), "/view/assets/");
        assertEquals(3, count(page, "<script"), "the data block and the two script elements, nothing from the text:\n" + page);
        assertTrue(page.contains("<title>&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"), page);
    }

    @Test
    void aStandalonePageInlinesItsScriptsAndAllowsExactlyThose() throws Exception {
        String page = ViewPage.standalone("t", new ViewData.Index(List.of()));
        assertFalse(page.contains("<script src=") || page.contains("<link rel=\"stylesheet\""), "nothing to fetch");
        Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page);
        int n = 0;
        while (scripts.find()) {
            n++;
            String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(scripts.group(1).getBytes(StandardCharsets.UTF_8)));
            assertTrue(page.contains("&#39;sha256-" + hash + "&#39;"), "script " + n + " is allowed by its hash");
        }
        assertEquals(2, n, "Cytoscape.js and view.js");
        assertTrue(page.contains("MIT"), "Cytoscape.js keeps its licence");
    }

    @Test
    void onlyWikidataEntityIrisGiveALink() {
        assertEquals("Q7747", GraphReader.qid("http://www.wikidata.org/entity/Q7747"));
        assertNull(GraphReader.qid("http://www.wikidata.org/entity/Q7747\"><script>"));
        assertNull(GraphReader.qid("javascript:alert(1)"));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
