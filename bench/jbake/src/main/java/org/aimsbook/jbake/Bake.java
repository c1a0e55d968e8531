package org.aimsbook.jbake;

import java.io.File;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a JBake project as {@code jbake -b SOURCE DESTINATION} does, without the launcher's
 * web server (jbake-core's own launcher needs Jetty, which only JBake's distribution brings).
 * Exits 1, listing them, when JBake reports errors: JBake itself only logs them.
 */
public final class Bake {
    private Bake() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Bake SOURCE DESTINATION");
            System.exit(2);
        }
        JBakeConfiguration configuration = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(new File(args[0]), new File(args[1]), true);
        Oven oven = new Oven(configuration);
        oven.bake();
        List<Throwable> errors = oven.getErrors();
        for (Throwable error : errors) {
            System.err.println("error: " + error);
        }
        System.exit(errors.isEmpty() ? 0 : 1);
    }
}
