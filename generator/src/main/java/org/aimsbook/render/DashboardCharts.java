package org.aimsbook.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<StackedBars.Category> stages = new ArrayList<>();
        for (LifecycleStage stage : LifecycleStage.values()) {
            List<StackedBars.Segment> tiers = new ArrayList<>();
            for (RiskTier tier : RiskTier.values()) {
                long count = rendering.content.all(AiSystem.class).stream()
                        .filter(system -> system.lifecycleStage() == stage && system.riskTier() == tier).count();
                tiers.add(new StackedBars.Segment("tier-" + Names.value(tier), Facts.words(tier) + " risk", (int) count));
            }
            stages.add(new StackedBars.Category(Facts.words(stage), null, tiers));
        }
        return StackedBars.render("systems", "AI systems by life cycle stage and risk tier",
                "How many AI systems are in each stage of their life cycle, by the organization's risk tier.", stages);
    }

    private static String improvements(Rendering rendering) {
        List<StackedBars.Category> kinds = new ArrayList<>();
        for (ImprovementKind kind : ImprovementKind.values()) {
            List<StackedBars.Segment> statuses = new ArrayList<>();
            for (ImprovementStatus status : ImprovementStatus.values()) {
                long count = rendering.content.all(Improvement.class).stream()
                        .filter(entry -> entry.kind() == kind && entry.status() == status).count();
                statuses.add(new StackedBars.Segment(Names.value(status), Facts.words(status), (int) count));
            }
            kinds.add(new StackedBars.Category(Facts.words(kind), null, statuses));
        }
        return StackedBars.render("improvements", "Improvement log by kind and status",
                "How many nonconformities, incidents, corrective actions and opportunities are open, in progress or closed.", kinds);
    }
}
