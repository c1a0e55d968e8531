package org.aimsbook.publish.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written PDF as its reader would meet it: text, pages, outline and links. */
final class PdfReader {
    private PdfReader() {
    }

    private interface Reading<T> {
        T from(PDDocument document) throws IOException;
    }

    private static <T> T read(Path pdf, Reading<T> reading) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return reading.from(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of pages {@code from} to {@code to} (1-based, inclusive), lower-cased. */
    static String text(Path pdf, int from, int to) {
        return read(pdf, document -> {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document).toLowerCase(Locale.ROOT);
        });
    }

    static String text(Path pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    /** The titles at the outline's (bookmarks') top level. */
    static List<String> outline(Path pdf) {
        return read(pdf, document -> titles(document.getDocumentCatalog().getDocumentOutline()));
    }

    /** The titles of the outline entries under the top-level entry that ends with {@code chapter}. */
    static List<String> outline(Path pdf, String chapter) {
        return read(pdf, document -> {
            List<String> titles = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> {
                if (item.getTitle().endsWith(chapter)) {
                    titles.addAll(titles(item));
                }
            });
            return titles;
        });
    }

    private static List<String> titles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        if (node != null) {
            node.children().forEach(item -> titles.add(item.getTitle()));
        }
        return titles;
    }

    /** How many link annotations lead somewhere inside the document rather than to a URI. */
    static int internalLinks(Path pdf) {
        return read(pdf, document -> {
            int links = 0;
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link
                            && (link.getDestination() != null || link.getAction() instanceof PDActionGoTo)) {
                        links++;
                    }
                }
            }
            return links;
        });
    }

    /** The named destinations, the anchors internal links can lead to. */
    static Set<String> destinations(Path pdf) {
        return read(pdf, document -> {
            Set<String> names = new TreeSet<>();
            PDDocumentNameDictionary dictionary = document.getDocumentCatalog().getNames();
            if (dictionary != null && dictionary.getDests() != null) {
                collect(dictionary.getDests(), names);
            }
            return names;
        });
    }

    private static void collect(PDNameTreeNode<PDPageDestination> node, Set<String> names) throws IOException {
        if (node.getNames() != null) {
            names.addAll(node.getNames().keySet());
        }
        if (node.getKids() != null) {
            for (PDNameTreeNode<PDPageDestination> kid : node.getKids()) {
                collect(kid, names);
            }
        }
    }

    /** The named destinations that internal links lead to. */
    static Set<String> linkTargets(Path pdf) {
        return read(pdf, document -> {
            Set<String> targets = new TreeSet<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDDestination destination = link.getDestination() != null ? link.getDestination()
                                : link.getAction() instanceof PDActionGoTo go ? go.getDestination() : null;
                        if (destination instanceof PDNamedDestination named) {
                            targets.add(named.getNamedDestination());
                        }
                    }
                }
            }
            return targets;
        });
    }
}
