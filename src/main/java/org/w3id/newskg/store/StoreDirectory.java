package org.w3id.newskg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Makes a new TDB2 database appear in its directory whole or not at all. TDB2 creates a database file by file in
 * the directory it is given, and a process killed meanwhile leaves a directory TDB2 cannot open again (an index
 * file of length 0, a B+ tree without its root block). So a new store is made in a sibling directory
 * {@code .<name>.creating-<pid>}, released, and renamed into place in one atomic step; a sibling left by a
 * killed process is deleted the next time the store is opened.
 *
 * <p>A store directory that never held data — nothing but TDB2's lock file and {@code Data-NNNN} directories,
 * whose node, prefix and journal files are all empty — and whose lock no process holds is what a creation
 * interrupted in place leaves behind (an older newskg, another TDB2 tool). It is made anew the same way, which
 * loses nothing: every committed triple writes at least its predicate's IRI to the node file.
 *
 * {@snippet :
 * StoreDirectory.prepare(dir);                        // then TDB2 opens dir as an existing database
 * DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
 * }
 */
final class StoreDirectory {
    private static final String LOCK_FILE = "tdb.lock";
    private static final Pattern DATA_DIR = Pattern.compile("Data-\\d+");
    /** The files that grow once anything is written; all empty in a database that never held data. */
    private static final Set<String> WRITTEN_FILES = Set.of("nodes-data.obj", "prefixes-data.obj", "journal.jrnl");

    private StoreDirectory() {}

    /**
     * Leaves {@code dir} holding a whole TDB2 database: an existing store is left as it is; a missing or empty
     * directory, or one that never held data and is not in use, gets a new empty database.
     */
    static synchronized void prepare(Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        removeAbandonedCreations(target);
        if (Files.isDirectory(target) && !isEmpty(target)) {
            if (!neverHeldData(target)) return;   // a store: TDB2 opens it as it is
            try (FileChannel channel = FileChannel.open(target.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = tryLock(channel)) {
                if (lock == null) return;          // in use: TDB2 will say by whom
                deleteTree(target);
            }
        }
        create(target);
    }

    /** Whether {@code dir} holds a TDB2 store: a directory with at least one {@code Data-NNNN} generation. */
    static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> DATA_DIR.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p))) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** The temporary sibling in which this process creates {@code target}. */
    static Path creationDirectory(Path target, long pid) {
        return target.resolveSibling("." + target.getFileName() + ".creating-" + pid);
    }

    /** Creates a database in the sibling directory and renames it to {@code target}, which is missing or empty. */
    private static void create(Path target) throws IOException {
        Path temp = creationDirectory(target, ProcessHandle.current().pid());
        deleteTree(temp);   // left by an earlier failure in this process
        Files.createDirectory(temp);
        try {
            TDBInternal.expel(DatabaseMgr.connectDatasetGraph(temp.toString()));
            Files.deleteIfExists(target);         // an empty directory
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (DirectoryNotEmptyException | FileAlreadyExistsException e) {
            // another process created the store meanwhile: use theirs
        } finally {
            deleteTree(temp);
        }
    }

    /** Deletes the creation directories of processes that no longer run (killed while creating this store). */
    private static void removeAbandonedCreations(Path target) throws IOException {
        Pattern mine = Pattern.compile(Pattern.quote("." + target.getFileName() + ".creating-") + "(\\d+)");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent(), p -> mine.matcher(p.getFileName().toString()).matches())) {
            for (Path sibling : siblings) {
                Matcher m = mine.matcher(sibling.getFileName().toString());
                if (!m.matches()) continue;
                long pid = Long.parseLong(m.group(1));
                boolean running = pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!running) deleteTree(sibling);
            }
        }
    }

    /** Only TDB2's lock file and {@code Data-NNNN} directories, and nothing ever written to them. */
    static boolean neverHeldData(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (name.equals(LOCK_FILE) && Files.isRegularFile(e)) continue;
                if (!DATA_DIR.matcher(name).matches() || !Files.isDirectory(e)) return false;
                for (String written : WRITTEN_FILES) {
                    Path f = e.resolve(written);
                    if (Files.exists(f) && Files.size(f) > 0) return false;
                }
            }
        }
        return true;
    }

    /** The lock, or null when another process holds it (or this one: TDB2 has the store open here). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** Deletes a directory and everything in it; nothing when it is missing. The store package's one way to do so. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
