package org.w3id.newskg.cli;

import java.util.concurrent.Callable;
import org.w3id.newskg.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newskg compact}: gives back the space TDB2 keeps for replaced graphs. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the embedded store: TDB2 keeps the old version of every replaced graph on disk until compacted.")
final class CompactCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LocalStoreOption where;

    @Override
    public Integer call() {
        try (TdbStore store = where.openExisting()) {
            long[] sizes = store.compact();
            spec.commandLine().getOut().printf("%s compacted: %,d → %,d bytes%n", store.directory(), sizes[0], sizes[1]);
        }
        return 0;
    }
}
