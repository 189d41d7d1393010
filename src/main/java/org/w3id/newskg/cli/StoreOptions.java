package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.w3id.newskg.store.Credentials;
import org.w3id.newskg.store.GraphStore;
import org.w3id.newskg.store.RemoteStore;
import org.w3id.newskg.store.TdbStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command reads or writes: the embedded store ({@code --store DIR}, else {@code NEWSKG_STORE}, else
 * {@code ./newskg-store}) or a Fuseki dataset ({@code --endpoint URL}, with {@code --user} and
 * {@code --password-file}, or {@code NEWSKG_ADMIN_PASSWORD} for the user {@code admin}).
 */
final class StoreOptions {
    static final String DEFAULT_STORE = "newskg-store";

    /** The command this mixin belongs to, whose error stream gets the store's notes; null when made by hand. */
    @Spec(Spec.Target.MIXEE) CommandSpec mixee;

    @Option(names = "--store", paramLabel = "DIR",
            description = "./newskg-store unless given (or set in $NEWSKG_STORE): the embedded TDB2 store.")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A Fuseki dataset instead of the embedded store, for example http://localhost:3030/newskg; queries go to URL/sparql, the Graph Store Protocol to URL/data.")
    String endpoint;

    @Option(names = "--user", paramLabel = "USER", description = "User for --endpoint (default: the password file's user, else admin).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Password for --endpoint: a 'user:password' line or just the password.")
    Path passwordFile;

    /** The store directory the options name. */
    Path storeDir() {
        if (store != null) return store;
        String env = System.getenv("NEWSKG_STORE");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT_STORE);
    }

    boolean remote() { return endpoint != null; }

    /** The store to write to; an embedded one is created when missing. */
    GraphStore open() {
        check();
        return endpoint == null ? TdbStore.open(storeDir(), notes(mixee)) : RemoteStore.connect(endpoint, credentials());
    }

    /** The store to read from; an embedded store that does not exist is an error, not a new empty store. */
    GraphStore openExisting() {
        check();
        return endpoint == null ? TdbStore.openExisting(storeDir(), notes(mixee)) : RemoteStore.connect(endpoint, credentials());
    }

    /** Fails on contradictory options before anything is opened or created. */
    void check() {
        if (endpoint != null && store != null) throw new IllegalArgumentException("--store and --endpoint exclude each other: give one");
        if (endpoint == null) {
            if (user != null || passwordFile != null) throw new IllegalArgumentException("--user and --password-file go with --endpoint");
        } else {
            credentials();
        }
    }

    /** The embedded store, for a command that creates it when missing (demo). */
    TdbStore openLocal(String command) {
        if (endpoint != null) throw new IllegalArgumentException(command + " works on the embedded store only (--store), not on --endpoint");
        return TdbStore.open(storeDir(), notes(mixee));
    }

    /**
     * Where the embedded store's notes go (one line when it builds the full-text index of a store made without one):
     * the command's error stream, as {@code newskg: note: …}.
     */
    static Consumer<String> notes(CommandSpec command) {
        if (command == null) return note -> { };
        PrintWriter err = command.commandLine().getErr();
        return note -> {
            err.println("newskg: note: " + note);
            err.flush();
        };
    }

    private Optional<Credentials> credentials() {
        if (passwordFile != null) return Optional.of(Credentials.fromFile(passwordFile, Optional.ofNullable(user)));
        String env = System.getenv("NEWSKG_ADMIN_PASSWORD");
        if (env != null && !env.isEmpty()) return Optional.of(new Credentials(user != null ? user : Credentials.ADMIN, env));
        if (user != null) throw new IllegalArgumentException("--user needs --password-file (or NEWSKG_ADMIN_PASSWORD)");
        return Optional.empty();
    }
}
