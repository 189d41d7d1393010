package org.w3id.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes the pages of {@code explain --html FILE}: one article to FILE itself; several, each to FILE's name with the
 * article's identifier before the extension ({@code view.html} → {@code view.alaska-summit-reactions.de.html}), so
 * that a batch never overwrites one page with the next.
 */
final class HtmlFiles {
    private HtmlFiles() {}

    static void write(Path file, Map<String, String> pages, PrintWriter out) {
        if (pages.isEmpty()) {
            out.println("newskg: no article read, " + file + " not written");
            return;
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path target = pages.size() == 1 ? file : named(file, page.getKey());
            try {
                Path dir = target.toAbsolutePath().getParent();
                if (dir != null) Files.createDirectories(dir);
                Files.writeString(target, page.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(target + ": cannot write (" + e.getMessage() + ")", e);
            }
            out.println("newskg: wrote " + target + " (article view of " + page.getKey() + "; open it in a browser)");
        }
        out.flush();
    }

    /** FILE's name with the identifier before its extension; the identifier's path separators become '_'. */
    static Path named(Path file, String id) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String safe = id.replaceAll("[/\\\\:]", "_");
        String n = dot > 0 ? name.substring(0, dot) + "." + safe + name.substring(dot) : name + "." + safe + ".html";
        return file.resolveSibling(n);
    }
}
