package org.aimsbook.publish.jbake;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The project's FreeMarker templates, derived from the site's own frame: the rendered home
 * page with its content, breadcrumbs and page scripts taken out, so that the baked pages look
 * as the theme made them. Each document type gets a template of its own that includes the
 * layout, for a JBake site to restyle one type without touching the others.
 */
final class Templates {
    static final String LAYOUT = "layout.ftl";
    private static final String MARK = "@@aimsbook-";
    private static final Pattern MARKS = Pattern.compile(Pattern.quote(MARK) + "(\\w+)@@");
    /** What each mark in the frame becomes in FreeMarker. */
    private static final Map<String, String> EXPRESSIONS = Map.of(
            "root", "${content.rootpath}",
            "title", "${content.title}",
            "path", "${content.uri}",
            "body", "${content.body?no_esc}",
            "scripts", "<#if content." + ContentFile.SCRIPTS_HEADER + "??><#list content." + ContentFile.SCRIPTS_HEADER
                    + "?split(\",\") as script>\n<script src=\"${content.rootpath}${script}\" defer></script></#list></#if>");

    private Templates() {
    }

    /**
     * @param home the rendered home page, which sits at the site's root
     * @param types the JBake types of the exported pages
     * @return every template by file name
     */
    static Map<String, String> of(Document home, Iterable<String> types) {
        Map<String, String> templates = new TreeMap<>();
        templates.put(LAYOUT, layout(home));
        for (String type : types) {
            templates.put(file(type), "<#-- The page of a `" + type + "`: replace the include to give these pages a look of their own. -->\n"
                    + "<#include \"" + LAYOUT + "\">\n");
        }
        return templates;
    }

    /** The template file of a JBake type. */
    static String file(String type) {
        return type + ".ftl";
    }

    private static String layout(Document home) {
        Document frame = home.clone();
        String siteTitle = frame.title();
        frame.select("nav.breadcrumbs").remove();
        // The version list is written beside the versions of a published site; a JBake site has one.
        frame.select("script[src]").stream()
                .filter(script -> !script.attr("src").equals(ContentFile.SITE_SCRIPT))
                .forEach(Element::remove);
        frame.head().appendText(MARK + "scripts@@");
        frame.title(MARK + "title@@ · " + siteTitle);
        frame.select("[aria-current]").removeAttr("aria-current");
        for (String attribute : new String[] {"href", "src", "action", "data-root"}) {
            for (Element element : frame.select("[" + attribute + "]")) {
                String value = element.attr(attribute);
                if (!value.contains(":") && !value.startsWith("#") && !value.startsWith("/")) {
                    element.attr(attribute, MARK + "root@@" + value);
                }
            }
        }
        frame.body().attr("data-page", MARK + "path@@");
        Element main = frame.selectFirst("main");
        if (main == null) {
            throw new IllegalStateException("the home page has no <main>: the theme's layout must wrap each page's content in one");
        }
        main.empty().appendText(MARK + "body@@");
        return freeMarker(frame.outerHtml());
    }

    /**
     * The frame as a template: its HTML kept from FreeMarker's reading ({@code noparse}; jsoup
     * escapes every {@code <} in text and attributes, so no page text can end it), the marks
     * turned into expressions.
     */
    private static String freeMarker(String html) {
        StringBuilder template = new StringBuilder("<#ftl output_format=\"HTML\">\n");
        Matcher marks = MARKS.matcher(html);
        int at = 0;
        while (marks.find()) {
            template.append("<#noparse>").append(html, at, marks.start()).append("</#noparse>")
                    .append(EXPRESSIONS.get(marks.group(1)));
            at = marks.end();
        }
        return template.append("<#noparse>").append(html.substring(at)).append("</#noparse>\n").toString();
    }
}
