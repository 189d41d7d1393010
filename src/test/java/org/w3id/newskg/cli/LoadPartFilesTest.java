package org.w3id.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: {@code newskg load DIR} takes a directory of N-Quads part files, as {@code newskg spark} writes it, as its exports. */
class LoadPartFilesTest {
    @Test
    void aDirectoryOfPartFilesIsItsNQuadsFilesInNameOrder(@TempDir Path dir) throws IOException {
        for (String f : List.of("part-00001.nq", "part-00000.nq", "_SUCCESS", "summary.json", ".part-00000.nq.crc", "_staging.nq"))
            Files.writeString(dir.resolve(f), "");
        Files.createDirectories(dir.resolve("failures"));
        assertEquals(List.of(dir.resolve("part-00000.nq"), dir.resolve("part-00001.nq")), LoadCommand.partFiles(dir));
    }

    @Test
    void aDirectoryOfArticlesOrAFileHasNoPartFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Text.");
        Files.writeString(dir.resolve("b.trig"), "");
        assertEquals(List.of(), LoadCommand.partFiles(dir));
        assertEquals(List.of(), LoadCommand.partFiles(dir.resolve("a.txt")));
    }
}
