package org.w3id.newskg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of a news page, with its headline, date and URL from the page's metadata.
 * The text is the page's paragraphs (inside {@code <article>} or {@code <main>} when there is one), one per
 * line; navigation, scripts, styles, forms, headers, footers and asides are dropped.
 */
final class HtmlExtractor {
    record Page(String text, Optional<String> headline, Optional<String> date, Optional<String> url) {}

    private HtmlExtractor() {}

    static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figure figcaption").remove();
        Element root = first(doc, "article", "main", "[role=main]").orElse(doc.body());
        List<String> blocks = new ArrayList<>();
        Elements parts = root.select("h1, h2, h3, h4, p, li, blockquote");
        for (Element e : parts) {
            if (!e.is("li") && e.select("p, li, blockquote").size() > (e.is("p, blockquote") ? 1 : 0)) continue;   // a container: its children speak
            String t = e.text().strip();
            if (!t.isEmpty()) blocks.add(t);
        }
        String text = blocks.isEmpty() ? root.text().strip() : String.join("\n", blocks);
        Optional<String> headline = meta(doc, "og:title").or(() -> first(doc, "h1").map(Element::text))
                .or(() -> Optional.of(doc.title())).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> date = meta(doc, "article:published_time").or(() -> meta(doc, "datePublished"))
                .or(() -> meta(doc, "date")).or(() -> first(doc, "[itemprop=datePublished]").map(e -> e.hasAttr("content") ? e.attr("content") : e.attr("datetime")))
                .or(() -> first(doc, "time[datetime]").map(e -> e.attr("datetime"))).map(String::strip).filter(s -> !s.isEmpty());
        Optional<String> url = first(doc, "link[rel=canonical]").map(e -> e.attr("href")).or(() -> meta(doc, "og:url"))
                .map(String::strip).filter(s -> s.startsWith("http"));
        return new Page(text, headline, date, url);
    }

    private static Optional<String> meta(Document doc, String name) {
        return first(doc, "meta[property=" + name + "]", "meta[name=" + name + "]", "meta[itemprop=" + name + "]")
                .map(e -> e.attr("content"));
    }

    private static Optional<Element> first(Element root, String... selectors) {
        for (String s : selectors) {
            Element e = root.selectFirst(s);
            if (e != null) return Optional.of(e);
        }
        return Optional.empty();
    }
}
