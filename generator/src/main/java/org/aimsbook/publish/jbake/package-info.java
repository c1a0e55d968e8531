/**
 * The JBake export: the edition's site, rendered as for a build, handed to JBake 2.7 as a
 * project of ready HTML content files, templates derived from the site's own frame, and the
 * site's assets. JBake converts AsciiDoc in Asciidoctor's UNSAFE mode whatever its settings
 * say, so the project never holds AsciiDoc; JBake only wraps pages aimsbook has already
 * converted and sanitised. {@link org.aimsbook.publish.jbake.JBakeExport} is the one way in.
 */
package org.aimsbook.publish.jbake;
