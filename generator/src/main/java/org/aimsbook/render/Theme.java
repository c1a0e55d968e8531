package org.aimsbook.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * The page templates and static assets of the handbook. The default theme ships in the jar;
 * a user theme folder overrides its templates and assets by name and may add its own.
 */
final class Theme {
    private static final String DEFAULT = "/org/aimsbook/theme/default";

    private final Configuration templates;
    private final Optional<Path> user;

    /** @param user a theme folder with {@code templates/} and {@code assets/}, overriding the default */
    Theme(Optional<Path> user) throws IOException {
        this.user = user;
        templates = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (user.isPresent() && Files.isDirectory(user.get().resolve("templates"))) {
            loaders.add(new FileTemplateLoader(user.get().resolve("templates").toFile()));
        }
        loaders.add(new ClassTemplateLoader(Theme.class, DEFAULT + "/templates"));
        templates.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        // Everything a template prints from content is escaped unless a template says otherwise.
        templates.setOutputFormat(HTMLOutputFormat.INSTANCE);
        templates.setDefaultEncoding("UTF-8");
        templates.setLocale(Locale.ROOT);
        templates.setTimeZone(TimeZone.getTimeZone("UTC"));
        templates.setNumberFormat("computer");
        templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        templates.setLogTemplateExceptions(false);
        templates.setWrapUncheckedExceptions(true);
        templates.setFallbackOnNullLoopVariable(false);
        templates.setAPIBuiltinEnabled(false);
    }

    /**
     * Renders a template with its model to a string.
     *
     * @throws IOException when the template cannot be read or fails, as a user's theme may
     */
    String render(String template, Map<String, Object> model) throws IOException {
        StringWriter out = new StringWriter();
        try {
            templates.getTemplate(template).process(model, out);
        } catch (TemplateException e) {
            throw new RenderFailure("theme template " + template + " failed: " + e.getMessageWithoutStackTop().lines()
                    .findFirst().orElse("") + " (" + e.getTemplateSourceName() + ", line " + e.getLineNumber() + ")", e);
        }
        return out.toString();
    }

    /** Copies the default assets, then the user theme's, into {@code folder}. */
    void copyAssets(Path folder) throws IOException {
        for (String name : defaultAssets()) {
            try (InputStream in = Theme.class.getResourceAsStream(DEFAULT + "/assets/" + name)) {
                if (in == null) {
                    throw new IOException("theme asset " + name + " is missing from the generator");
                }
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        if (user.isPresent() && Files.isDirectory(user.get().resolve("assets"))) {
            Path assets = user.get().resolve("assets");
            try (Stream<Path> files = Files.walk(assets)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path target = folder.resolve(assets.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** A jar cannot be listed portably, so the default theme names its assets in a file. */
    private static List<String> defaultAssets() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream(DEFAULT + "/assets.txt")) {
            if (in == null) {
                throw new IOException("the default theme's assets.txt is missing from the generator");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
