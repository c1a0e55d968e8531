package org.aimsbook.render;

import java.util.List;

/**
 * What every page shows around its content.
 *
 * @param title the handbook's title
 * @param organization who it belongs to
 * @param version the version shown and switched from
 * @param edition the audience it was built for
 * @param asOf the day its dashboards judge dates against
 * @param sections the main navigation
 */
public record Site(String title, String organization, String version, String edition, String asOf, List<Section> sections) {

    /** An entry of the main navigation: a page within the version folder. */
    public record Section(String key, String label, String path) {
    }
}
