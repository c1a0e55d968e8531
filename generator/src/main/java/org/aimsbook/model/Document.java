package org.aimsbook.model;

import java.util.List;
import java.util.Optional;

/** A piece of documented information (ISO/IEC 42001 7.5): one file, one id, one header. */
public sealed interface Document
        permits Aims, StatementOfApplicability, Role, Policy, AiSystem, DataAsset, Assessment, Objective,
                Improvement, InternalAudit, ManagementReview {

    /** Identification, ownership, approval, review and narrative, common to every document. */
    Header header();

    /** Where the document was written. */
    Origin origin();

    default DocumentType type() {
        for (DocumentType type : DocumentType.values()) {
            if (type.model().isInstance(this)) {
                return type;
            }
        }
        throw new IllegalStateException("unregistered document class " + getClass());
    }

    default String id() {
        return header().id();
    }

    default String title() {
        return header().title();
    }

    /**
     * The reference that names this document: {@code policy:ai-policy}. Not called
     * {@code target()}: a record's accessor silently overrides a default method, and an
     * objective's {@code target} field did, so objectives could not be referred to.
     */
    default String reference() {
        return type().refKind().prefix() + ":" + id();
    }

    default Classification classification() {
        return header().classification();
    }

    /** The mentions in the narrative, for documents that have one. */
    default List<Ref> mentions() {
        return header().body().map(Narrative::mentions).orElse(List.of());
    }

    default Optional<Narrative> body() {
        return header().body();
    }
}
