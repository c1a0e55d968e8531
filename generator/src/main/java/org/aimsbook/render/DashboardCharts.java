package org.aimsbook.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.aimsbook.catalogue.Control;
import org.aimsbook.catalogue.ControlGroup;
import org.aimsbook.model.AiSystem;
import org.aimsbook.model.Assessment;
import org.aimsbook.model.ImplementationStatus;
import org.aimsbook.model.Improvement;
import org.aimsbook.model.ImprovementKind;
import org.aimsbook.model.ImprovementStatus;
import org.aimsbook.model.LifecycleStage;
import org.aimsbook.model.RiskCriteria;
import org.aimsbook.model.RiskTier;
import org.aimsbook.model.SoaDecision;
import org.aimsbook.model.meta.Names;
import org.aimsbook.render.chart.RiskHeatMap;
import org.aimsbook.render.chart.StackedBars;

/** The dashboard's pictures, drawn as inline SVG at build time from the content an edition may see. */
final class DashboardCharts {

    private DashboardCharts() {
    }

    /** Chart name to SVG, in the order the dashboard shows them. */
    static Map<String, String> of(Rendering rendering) {
        Map<String, String> charts = new LinkedHashMap<>();
        rendering.content.soa().ifPresent(soa -> charts.put("SoA implementation status", soaStatus(rendering, soa.decisions())));
        charts.put("Risk heat map", riskHeatMap(rendering));
        charts.put("AI systems", systems(rendering));
        charts.put("Improvement log", improvements(rendering));
        return charts;
    }

    private static String soaStatus(Rendering rendering, List<SoaDecision> decisions) {
        List<StackedBars.Category> groups = new ArrayList<>();
        for (ControlGroup group : rendering.content.catalogue().groups()) {
            List<StackedBars.Segment> segments = new ArrayList<>();
            for (ImplementationStatus status : ImplementationStatus.values()) {
                long count = group.controls().stream().map(Control::id)
                        .filter(id -> decisions.stream().anyMatch(d -> d.control().equals(id) && d.status() == status))
                        .count();
                segments.add(new StackedBars.Segment(Names.value(status), Facts.words(status), (int) count));
            }
            long undecided = group.controls().stream()
                    .filter(control -> decisions.stream().noneMatch(d -> d.control().equals(control.id()))).count();
            segments.add(new StackedBars.Segment("undecided", "no decision", (int) undecided));
            String soaPage = PagePaths.of(rendering.content.soa().orElseThrow());
            groups.add(new StackedBars.Category(group.id() + " " + group.title(), soaPage + "#group-" + group.id(), segments));
        }
        return StackedBars.render("soa-status", "SoA implementation status by Annex A group",
                "How many controls of each group are implemented, partly implemented, planned or not applicable.", groups);
    }

    private static String riskHeatMap(Rendering rendering) {
        int[][] counts = new int[5][5];
        rendering.content.all(Assessment.class).forEach(assessment -> assessment.risks()
                .forEach(risk -> counts[risk.likelihood() - 1][risk.severity() - 1]++));
        RiskCriteria criteria = rendering.content.aims().map(aims -> aims.riskCriteria()).orElse(null);
        int acceptable = criteria == null ? 6 : criteria.acceptableUpTo();
        int high = criteria == null ? 12 : criteria.highRiskAbove();
        return RiskHeatMap.render("risk-heat-map", "Risks by likelihood and severity", counts,
                (likelihood, severity) -> RiskRegisterPage.cell(likelihood, severity), acceptable, high);
    }

    private static String systems(Rendering rendering) {
        List<AiSystem> systems = rendering.content.all(AiSystem.class);
        return StackedBars.render("systems", "AI systems by life cycle stage and risk tier",
                "How many AI systems are in each stage of their life cycle, by the organization's risk tier.",
                crossTab(LifecycleStage.values(), RiskTier.values(), "tier-", " risk",
                        (stage, tier) -> systems.stream().filter(s -> s.lifecycleStage() == stage && s.riskTier() == tier).count()));
    }

    private static String improvements(Rendering rendering) {
        List<Improvement> entries = rendering.content.all(Improvement.class);
        return StackedBars.render("improvements", "Improvement log by kind and status",
                "How many nonconformities, incidents, corrective actions and opportunities are open, in progress or closed.",
                crossTab(ImprovementKind.values(), ImprovementStatus.values(), "", "",
                        (kind, status) -> entries.stream().filter(e -> e.kind() == kind && e.status() == status).count()));
    }

    /** One bar per category, one segment per value of the other choice, counted by {@code count}. */
    private static <C extends Enum<C>, S extends Enum<S>> List<StackedBars.Category> crossTab(C[] categories, S[] segments,
            String keyPrefix, String labelSuffix, BiFunction<C, S, Long> count) {
        List<StackedBars.Category> bars = new ArrayList<>();
        for (C category : categories) {
            List<StackedBars.Segment> parts = new ArrayList<>();
            for (S segment : segments) {
                parts.add(new StackedBars.Segment(keyPrefix + Names.value(segment), Facts.words(segment) + labelSuffix,
                        count.apply(category, segment).intValue()));
            }
            bars.add(new StackedBars.Category(Facts.words(category), null, parts));
        }
        return bars;
    }
}
