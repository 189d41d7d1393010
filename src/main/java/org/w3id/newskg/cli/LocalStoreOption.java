package org.w3id.newskg.cli;

import java.nio.file.Path;
import org.w3id.newskg.store.TdbStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --store DIR} alone, for the commands that work on the embedded store only (compact, serve): their help
 * lists no {@code --endpoint} options they would reject.
 */
final class LocalStoreOption {
    @Option(names = "--store", paramLabel = "DIR", description = "./newskg-store unless given (or set in $NEWSKG_STORE): the embedded TDB2 store.")
    Path store;

    @Spec(Spec.Target.MIXEE) CommandSpec mixee;

    /** The store, which must exist. */
    TdbStore openExisting() {
        StoreOptions where = new StoreOptions();
        where.store = store;
        return TdbStore.openExisting(where.storeDir(), StoreOptions.notes(mixee));
    }
}
