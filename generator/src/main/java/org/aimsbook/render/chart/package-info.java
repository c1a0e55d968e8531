/**
 * Charts for the handbook dashboard, drawn at build time as inline SVG: no script and no chart
 * library in the browser, nothing fetched from elsewhere.
 *
 * <p>Every chart is named and described for screen readers ({@code <title>} and {@code <desc>}
 * through {@code aria-labelledby}), writes its numbers as visible text so colour is never the
 * only way to read it, scales to its container, and carries CSS classes for themes along with
 * fill colours that work without them. A chart is {@code role="img"} unless it holds links; then
 * it is {@code role="group"}, because an image's children, links included, are hidden from
 * screen readers. Links are the caller's, and only relative ones are accepted.
 *
 * <p>Markup is written by the JDK's XML writer, which escapes every label, so content never
 * becomes markup; the same input always gives the same characters.
 */
package org.aimsbook.render.chart;
