package org.w3id.newskg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newskg}: news articles to a knowledge graph. Exit codes: 0 all went through, 1 some inputs failed,
 * 2 bad usage.
 */
@Command(name = "newskg", mixinStandardHelpOptions = true, version = "newskg 0.1.0",
        description = "Turns news articles into an RDF knowledge graph of events, people and statements.",
        subcommands = {ExtractCommand.class, ExplainCommand.class, DemoCommand.class, LoadCommand.class, QueryCommand.class,
                ServeCommand.class, ExportCommand.class, ValidateCommand.class, CompactCommand.class, GazetteerCommand.class, TrainCommand.class,
                BenchCommand.class, WarmUpCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    /** {@code newskg} without a command did nothing a script asked for: the usage goes to stderr, exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("newskg: give a command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The command line with newskg's error handling: one line per problem, exit code 2 for bad usage. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("newskg: " + oneLine(ex));
            return ex instanceof IllegalArgumentException ? 2 : 1;
        });
        return cl;
    }

    /** Runs newskg with the given streams; the exit code is returned, nothing exits the JVM. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) m = e.getClass().getSimpleName();
        return m.lines().findFirst().orElse(m);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
