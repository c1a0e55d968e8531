package org.aimsbook.publish.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written PDF as its reader would meet it: text, pages, outline and links. */
final class PdfReader {
    private PdfReader() {
    }

    /** The text of pages {@code from} to {@code to} (1-based, inclusive), lower-cased. */
    static String text(Path pdf, int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(document).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    static int pages(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The titles at the outline's (bookmarks') top level. */
    static List<String> outline(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            var outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline != null) {
                outline.children().forEach(item -> titles.add(item.getTitle()));
            }
            return titles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many link annotations lead somewhere inside the document rather than to a URI. */
    static int internalLinks(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
