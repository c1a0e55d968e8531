package org.aimsbook.publish;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aimsbook.catalogue.Control;
import org.aimsbook.model.Content;
import org.aimsbook.model.Ref;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.StatementOfApplicability;

/**
 * One Annex A control with its decision as an edition shows it: what implements it and who is
 * responsible keep only the documents the edition may see, and the decision is absent when the
 * Statement of Applicability itself is above the edition. The exports share this view so that
 * no format shows more than another.
 *
 * @param control the catalogue's control
 * @param decision the decision, references the edition cannot resolve left out
 * @param lastReview the decision's own review date, else the Statement of Applicability's
 */
public record SoaEntry(Control control, Optional<SoaDecision> decision, Optional<LocalDate> lastReview) {

    /** Every control of the catalogue, in catalogue order, as {@code visible} shows it. */
    public static List<SoaEntry> of(Content visible) {
        Optional<StatementOfApplicability> soa = visible.soa();
        return visible.catalogue().controls().stream()
                .map(control -> {
                    Optional<SoaDecision> decision = soa.flatMap(s -> s.decisions().stream()
                            .filter(d -> d.control().equals(control.id()))
                            .findFirst())
                            .map(d -> withoutHidden(visible, d));
                    Optional<LocalDate> review = decision.flatMap(SoaDecision::lastReview)
                            .or(() -> soa.flatMap(s -> s.header().lastReview()));
                    return new SoaEntry(control, decision, review);
                })
                .toList();
    }

    private static SoaDecision withoutHidden(Content visible, SoaDecision d) {
        List<Ref> implementedBy = d.implementedBy().stream().filter(visible::resolves).toList();
        Optional<Ref> responsible = d.responsible().filter(visible::resolves);
        return new SoaDecision(d.control(), d.applicable(), d.justification(), d.reasons(), d.status(), implementedBy,
                d.evidence(), responsible, d.target(), d.lastReview(), d.origin());
    }
}
