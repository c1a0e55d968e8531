package org.aimsbook.publish.jbake;

import java.util.Set;

/**
 * The project's {@code jbake.properties}: JBake bakes each content file with its type's
 * template into the same path, keeps every page's {@code .html} name, and renders none of its
 * own pages (index, feed, archive, tags, sitemap), whose names could shadow the handbook's.
 */
final class JBakeProperties {
    static final String FILE = "jbake.properties";
    /** JBake's default line between a content file's headers and its body. */
    static final String SEPARATOR = "~~~~~~";
    static final String CONTENT = "content";
    static final String TEMPLATES = "templates";
    static final String ASSETS = "assets";

    private JBakeProperties() {
    }

    /** @param types the JBake types of the exported pages, each with a template of its name */
    static String of(Set<String> types, String version, String edition) {
        StringBuilder text = new StringBuilder()
                .append("# Written by aimsbook export jbake: version ").append(version).append(", ").append(edition)
                .append(" edition. Bake with JBake 2.7: jbake -b . output\n")
                .append("content.folder=").append(CONTENT).append('\n')
                .append("template.folder=").append(TEMPLATES).append('\n')
                .append("asset.folder=").append(ASSETS).append('\n')
                .append("destination.folder=output\n")
                // The pages' relative links name the .html files, so the baked files must keep those names.
                .append("output.extension=.html\n")
                .append("uri.noExtension=false\n")
                .append("date.format=yyyy-MM-dd\n")
                .append("default.status=published\n")
                .append("header.separator=").append(SEPARATOR).append('\n')
                .append("render.index=false\n")
                .append("render.feed=false\n")
                .append("render.archive=false\n")
                .append("render.sitemap=false\n")
                .append("render.tags=false\n")
                .append("render.tagsindex=false\n")
                .append("render.error404=false\n")
                .append("render.encoding=UTF-8\n")
                .append("template.encoding=UTF-8\n")
                .append("db.store=memory\n");
        for (String type : types) {
            text.append("template.").append(type).append(".file=").append(Templates.file(type)).append('\n');
        }
        return text.toString();
    }
}
