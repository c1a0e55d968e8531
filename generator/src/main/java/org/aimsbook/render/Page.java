package org.aimsbook.render;

import java.util.List;

/**
 * Where a page stands.
 *
 * @param path its path within the version folder, such as {@code policies/ai-policy.html}
 * @param root the way back to the version folder from it, "" or "../"
 * @param title its heading
 * @param section the navigation entry it belongs to
 * @param crumbs the breadcrumb trail above it, home first
 */
public record Page(String path, String root, String title, String section, List<Crumb> crumbs) {

    /** A breadcrumb; the current page's own crumb has no link. */
    public record Crumb(String label, String href) {
    }
}
