package org.aimsbook.render;

import java.util.Optional;
import org.aimsbook.model.Content;
import org.aimsbook.model.Document;
import org.aimsbook.model.DocumentType;
import org.aimsbook.model.Ref;

/**
 * Where each page lives inside a version folder, and the relative link from one page to
 * another, so the site works from any static host and from {@code file://}.
 */
public final class PagePaths {
    static final String HOME = "index.html";
    static final String RACI = "raci.html";
    static final String NOT_FOUND = "404.html";
    static final String SEARCH = "search.html";

    private PagePaths() {
    }

    /** {@code policies/ai-policy.html}; the single documents sit at the top: {@code soa.html}. */
    public static String of(Document document) {
        DocumentType type = document.type();
        return type.single() ? type.refKind().prefix() + ".html" : type.place() + "/" + document.id() + ".html";
    }

    static String index(DocumentType type) {
        return type.place() + "/index.html";
    }

    public static String control(String id) {
        return "controls/" + id + ".html";
    }

    /** The page (and anchor) a reference leads to, if it leads to a page of this site. */
    public static Optional<String> of(Ref ref, Content content) {
        return switch (ref.kind()) {
            case CONTROL -> content.catalogue().control(ref.id()).map(control -> control(control.id()));
            case CLAUSE -> Optional.empty();
            case RISK -> content.assessmentOf(ref.id()).map(assessment -> of(assessment) + "#risk-" + ref.id());
            default -> content.document(ref).map(PagePaths::of);
        };
    }

    /** The link from the page at {@code from} to {@code to}, both relative to the version folder. */
    static String relative(String from, String to) {
        return root(from) + to;
    }

    /** The way back from a page to the version folder: "" or "../". */
    static String root(String from) {
        return "../".repeat((int) from.chars().filter(c -> c == '/').count());
    }
}
