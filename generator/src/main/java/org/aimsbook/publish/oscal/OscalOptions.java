package org.aimsbook.publish.oscal;

import org.aimsbook.model.Classification;

/**
 * How to export OSCAL.
 *
 * @param version the handbook version the files describe; it names their UUIDs too
 * @param edition the audience the content was limited to, stated in the plan
 * @param pages what goes before a page's path in evidence links: empty when the files sit in the
 *              published version's folder, such as {@code ../1.0/} when they sit beside it
 */
public record OscalOptions(String version, Classification edition, String pages) {
}
