package org.aimsbook.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aimsbook.catalogue.Control;
import org.aimsbook.catalogue.ControlGroup;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.Ref;
import org.aimsbook.model.Risk;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.StatementOfApplicability;

/**
 * The Statement of Applicability page, grouped A.2–A.10, and a page per Annex A control with
 * its decision, what implements it, the risks treated with it and the documents citing it.
 */
final class ControlPages {
    /** Control pages' kind in search. */
    static final String KIND = "control";

    private ControlPages() {
    }

    static void write(Rendering rendering) throws IOException {
        Optional<StatementOfApplicability> soa = rendering.content.soa();
        for (ControlGroup group : rendering.content.catalogue().groups()) {
            for (Control control : group.controls()) {
                writeControl(rendering, soa, group, control);
            }
        }
        if (soa.isPresent()) {
            writeSoa(rendering, soa.get());
        }
    }

    private static void writeControl(Rendering rendering, Optional<StatementOfApplicability> soa, ControlGroup group,
            Control control) throws IOException {
        String path = PagePaths.control(control.id());
        List<Page.Crumb> trail = new ArrayList<>();
        soa.ifPresent(s -> trail.add(rendering.crumb(path, "Statement of Applicability", PagePaths.of(s))));
        Page page = rendering.page(path, control.id() + " " + control.title(), "soa", trail.toArray(Page.Crumb[]::new));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("control", control);
        model.put("group", group);
        Optional<SoaDecision> decision = soa.flatMap(s -> decision(s, control.id()));
        model.put("decided", decision.isPresent());
        decision.ifPresent(d -> model.put("decision", new Facts(rendering.links, path).of(withoutHidden(rendering, d))));
        model.put("risks", risks(rendering, control.id(), path));
        model.put("referrers", rendering.relations.referrers("control:" + control.id()).stream()
                .map(document -> rendering.link(path, document)).toList());
        rendering.write(page, "control.ftlh", model);
        rendering.findable(new Findable(path, page.title(), KIND, "Annex A controls", List.of(control.id()), Optional.empty(),
                decision.map(d -> Facts.words(d.status())),
                soa.map(s -> Facts.words(s.classification())).orElse(rendering.site.edition())));
    }

    private static void writeSoa(Rendering rendering, StatementOfApplicability soa) throws IOException {
        String path = PagePaths.of(soa);
        Map<String, Object> model = new LinkedHashMap<>(DocumentPages.common(rendering, soa, path));
        model.put("facts", List.of());
        List<Map<String, Object>> groups = new ArrayList<>();
        for (ControlGroup group : rendering.content.catalogue().groups()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Control control : group.controls()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("control", Fact.Item.link(control.id(), PagePaths.relative(path, PagePaths.control(control.id()))));
                row.put("title", control.title());
                Optional<SoaDecision> decision = decision(soa, control.id());
                row.put("decided", decision.isPresent());
                decision.ifPresent(d -> {
                    row.put("applicable", d.applicable() ? "yes" : "no");
                    row.put("status", Facts.words(d.status()));
                    row.put("statusKey", org.aimsbook.model.meta.Names.value(d.status()));
                    row.put("justification", d.justification().orElse(""));
                    row.put("implementedBy", visible(rendering, d.implementedBy()).stream()
                            .map(ref -> rendering.links.item(ref, path)).toList());
                });
                rows.add(row);
            }
            groups.add(Map.of("id", group.id(), "title", group.title(), "rows", rows));
        }
        model.put("groups", groups);
        Page page = rendering.page(path, soa.title(), "soa");
        rendering.write(page, "soa.ftlh", model);
        rendering.findable(page, soa);
    }

    private static Optional<SoaDecision> decision(StatementOfApplicability soa, String control) {
        return soa.decisions().stream().filter(d -> d.control().equals(control)).findFirst();
    }

    /** References the edition may show; the rest are left out, not shown as text. */
    private static List<Ref> visible(Rendering rendering, List<Ref> refs) {
        return refs.stream().filter(ref -> rendering.links.target(ref).isPresent()).toList();
    }

    private static SoaDecision withoutHidden(Rendering rendering, SoaDecision d) {
        return new SoaDecision(d.control(), d.applicable(), d.justification(), d.reasons(), d.status(),
                visible(rendering, d.implementedBy()), d.evidence(), d.responsible(), d.target(), d.lastReview(), d.origin());
    }

    /** The risks whose treatment relies on the control, as links to them. */
    private static List<Fact.Item> risks(Rendering rendering, String control, String path) {
        List<Fact.Item> risks = new ArrayList<>();
        for (Assessment assessment : rendering.content.all(Assessment.class)) {
            for (Risk risk : assessment.risks()) {
                boolean treated = risk.treatment().stream()
                        .flatMap(t -> t.controls().stream())
                        .anyMatch(ref -> ref.id().equals(control));
                if (treated) {
                    risks.add(Fact.Item.link(risk.title() + " (score " + risk.score() + ", " + assessment.title() + ")",
                            PagePaths.relative(path, PagePaths.of(assessment) + "#risk-" + risk.id())));
                }
            }
        }
        return risks;
    }
}
