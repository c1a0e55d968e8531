package org.aimsbook.maven;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.aimsbook.check.CheckOptions;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the content and reports every problem at once, like {@code aimsbook check}; fails on errors. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends CheckingMojo {

    @Override
    void run() throws IOException, MojoFailureException {
        report(handbook().check(new CheckOptions(LocalDate.now(), strict())), List.of());
    }
}
