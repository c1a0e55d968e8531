package org.aimsbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.aimsbook.BuildOptions;
import org.aimsbook.BuildReport;
import org.aimsbook.FileProblem;
import org.aimsbook.serve.Preview;
import org.aimsbook.serve.Rebuild;
import org.apache.lucene.util.IOUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aimsbook serve [DIR] [--port N] [--bind ADDRESS] [-o OUT]} and the options of {@code build}. */
@Command(
        name = "serve",
        description = {"Builds the handbook site and serves it on this machine; rebuilds when the content or the theme"
                + " changes, and open pages reload or show the diagnostics. Ctrl-C stops it."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "content", paramLabel = "DIR",
            description = "The content folder (default: ${DEFAULT-VALUE}).")
    private Path folder;

    @CommandLine.Mixin
    private BuildSettings settings;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT",
            description = "The output folder (default: a temporary folder, deleted when serve stops).")
    private Path out;

    @Option(names = "--port", defaultValue = "8000", paramLabel = "N",
            description = "The port to answer on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to answer on; other machines reach the preview only if it is not a loopback address,"
                    + " and then by that address, as host names are refused (default: ${DEFAULT-VALUE}).")
    private String bind;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private PrintWriter console;
    private BuildOptions options;

    @Override
    public Integer call() throws IOException {
        console = spec.commandLine().getOut();
        InetSocketAddress address = address();
        Path temporary = out == null ? Files.createTempDirectory("aimsbook-serve") : null;
        options = settings.options(out == null ? temporary.resolve("site") : out);
        CountDownLatch finished = new CountDownLatch(1);
        try (Preview preview = Preview.start(folder, options, address, this::report)) {
            console.println("serving " + folder + " on " + uri(preview.address()) + "; Ctrl-C stops");
            console.flush();
            // Ctrl-C: stop serving, then wait while this thread tidies up before the JVM ends.
            Thread stop = new Thread(() -> {
                preview.close();
                awaitQuietly(finished);
            }, "aimsbook-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                preview.awaitClose();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                removeHook(stop);
            }
        } finally {
            if (temporary != null) {
                IOUtils.rm(temporary);
            }
            console.flush();
            finished.countDown();
        }
        return 0;
    }

    /** Prints a build as {@code build} does, then what became of the open tabs. */
    private void report(Rebuild rebuild, int tabs) {
        rebuild.report().map(BuildReport::check).ifPresent(check -> console.print(check.text()));
        rebuild.failure().ifPresent(e -> console.println("aimsbook: " + FileProblem.explain(e)));
        String told = tabs + (tabs == 1 ? " tab" : " tabs");
        if (rebuild.published()) {
            settings.summary(console, List.of(rebuild.report().get().outcome(options).get(0),
                    "built in " + rebuild.millis() + " ms; reloading " + told));
        } else {
            rebuild.report().ifPresent(report -> report.outcome(options).forEach(console::println));
            console.println("built in " + rebuild.millis() + " ms; still serving the last good build; "
                    + "showing the diagnostics in " + told);
        }
        console.flush();
    }

    private InetSocketAddress address() throws IOException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        try {
            return new InetSocketAddress(InetAddress.getByName(bind), port);
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--bind " + bind + " is not an address of this machine");
        }
    }

    private static String uri(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is what brought us here.
        }
    }
}
