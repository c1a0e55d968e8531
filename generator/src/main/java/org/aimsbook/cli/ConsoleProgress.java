package org.aimsbook.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.aimsbook.progress.Progress;
import org.aimsbook.progress.Stage;

/**
 * Shows a build's progress on standard error. On a terminal it is one line, rewritten in place
 * as work is done ({@code converting 412/1,000 narratives}) at most ten times a second and
 * cleared at the end; elsewhere (CI logs, pipes) it is one plain line per stage, so logs stay
 * readable and free of control characters.
 */
final class ConsoleProgress implements Progress, AutoCloseable {
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.ROOT);
    private final PrintWriter err;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private Stage stage;
    private int total;
    private long drawn;
    private boolean dirty;

    ConsoleProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /**
     * Whether standard output and error go to a terminal that can rewrite a line. Before Java
     * 22 a console exists only for a terminal; since then it exists whenever the JVM was started
     * from one, and {@code isTerminal()} (looked up, as Java 17 lacks it) tells the two apart.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null || "dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }

    @Override
    public synchronized void begin(Stage stage, int total) {
        this.stage = stage;
        this.total = total;
        done.set(0);
        if (terminal) {
            draw();
        } else {
            err.println(total > 0 ? stage.doing() + " " + COUNT.format(total) + " " + stage.units() : stage.doing());
            err.flush();
        }
    }

    @Override
    public void advance() {
        done.incrementAndGet();
        if (terminal) {
            synchronized (this) {
                if (System.nanoTime() - drawn >= REDRAW_NANOS) {
                    draw();
                }
            }
        }
    }

    private void draw() {
        String line = total > 0
                ? stage.doing() + " " + COUNT.format(Math.min(done.get(), total)) + "/" + COUNT.format(total) + " " + stage.units()
                : stage.doing() + "…";
        // Carriage return, the line, then erase what a longer earlier line left.
        err.print("\r" + line + "\u001b[K");
        err.flush();
        drawn = System.nanoTime();
        dirty = true;
    }

    /** Clears the progress line, so that the report that follows starts on a clean line. */
    @Override
    public synchronized void close() {
        if (dirty) {
            err.print("\r\u001b[K");
            err.flush();
            dirty = false;
        }
    }
}
