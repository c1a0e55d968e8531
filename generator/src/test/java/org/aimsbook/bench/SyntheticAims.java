package org.aimsbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aimsbook.catalogue.Catalogue;
import org.aimsbook.catalogue.Control;

/**
 * Writes a valid synthetic AIMS of a given size, in one of two shapes. {@link Shape#ORGANIZATION}
 * is a large organization's: for every 10,000 documents, 200 roles, 1,000 policies, 1,000 AI
 * systems with a risk and an impact assessment each, 1,500 data assets, 500 objectives, 3,000
 * improvement entries, 400 audits and 398 management reviews, plus aims.yaml and soa.yaml.
 * {@link Shape#ASCIIDOC_PAGES} is the JBake baseline: nearly every document a policy of
 * about 60 lines of AsciiDoc, beside the few roles, one system and the SoA they refer to.
 */
public final class SyntheticAims {
    /** What the documents are. */
    public enum Shape { ORGANIZATION, ASCIIDOC_PAGES }

    private final Path root;
    private final int size;
    private final Shape shape;

    private SyntheticAims(Path root, int size, Shape shape) {
        this.root = root;
        this.size = size;
        this.shape = shape;
    }

    /**
     * Writes a synthetic AIMS for the shell benchmarks. Arguments: the folder, the document
     * count, and optionally the shape ({@code asciidoc-pages}; an organization's by default).
     */
    public static void main(String[] args) throws IOException {
        Shape shape = args.length > 2 ? Shape.valueOf(args[2].toUpperCase(java.util.Locale.ROOT).replace('-', '_'))
                : Shape.ORGANIZATION;
        System.out.println(write(Path.of(args[0]), Integer.parseInt(args[1]), shape) + " documents in " + args[0]);
    }

    /** Writes about {@code documents} documents of an organization's shape into {@code root} and returns how many it wrote. */
    public static int write(Path root, int documents) throws IOException {
        return write(root, documents, Shape.ORGANIZATION);
    }

    /** Writes about {@code documents} documents of the given shape into {@code root} and returns how many it wrote. */
    public static int write(Path root, int documents, Shape shape) throws IOException {
        return new SyntheticAims(root, documents, shape).write();
    }

    private int share(int perTenThousand) {
        return shape == Shape.ASCIIDOC_PAGES ? 1 : Math.max(1, size * perTenThousand / 10_000);
    }

    /** Policies are a tenth of an organization's documents, and all but a handful of the AsciiDoc pages. */
    private int policies(int others) {
        return shape == Shape.ASCIIDOC_PAGES ? size - others : share(1000);
    }

    private int write() throws IOException {
        int roles = shape == Shape.ASCIIDOC_PAGES ? 10 : share(200);
        int systems = share(1000);
        int written = 2;
        file("aims.yaml", """
                id: aims
                title: Synthetic AIMS
                owner: role:role-0
                organization: {name: Synthetic Corp, ai_roles: [provider, deployer]}
                scope: {statement: All AI systems of Synthetic Corp., includes: [Everything]}
                context: {external: [Regulation], internal: [Growth]}
                interested_parties: [{id: customers, name: Customers, requirements: [Fair treatment]}]
                risk_criteria: {high_risk_above: 12}
                """);
        soa();
        for (int i = 0; i < roles; i++, written++) {
            file("roles/role-" + i + ".yaml", """
                    id: role-%d
                    title: Role %d
                    reports_to: role:role-0
                    responsibilities: [Runs part %d of the AIMS, Reports to role 0]
                    competence: [Knows ISO/IEC 42001]
                    """.formatted(i, i, i));
        }
        // Besides the policies: aims.yaml, the SoA, the roles, and at least one data asset, one system
        // with its two assessments, one objective, improvement, audit and review.
        for (int i = 0, policies = policies(2 + roles + 8); i < policies; i++, written++) {
            file("policies/policy-" + i + ".adoc", """
                    ---
                    id: policy-%d
                    title: Policy %d
                    owner: role:role-%d
                    approver: role:role-0
                    next_review: 2030-01-01
                    controls: [control:A.2.2, control:A.9.2]
                    ---
                    = Policy %d

                    The role:role-%d[] keeps this policy, which implements control:A.2.2[] and clause:5.2[].

                    == Scope

                    It applies to system:system-%d[] and everything it touches. %s
                    """.formatted(i, i, i % roles, i, i % roles, i % systems, "Lorem ipsum dolor sit amet. ".repeat(20))
                    + (shape == Shape.ASCIIDOC_PAGES ? sections(i, roles) : ""));
        }
        int data = share(1500);
        for (int i = 0; i < data; i++, written++) {
            file("data/data-" + i + ".yaml", """
                    id: data-%d
                    title: Data set %d
                    owner: role:role-%d
                    source: Internal system %d
                    provenance: Collected by us
                    uses: [training, evaluation]
                    personal_data: false
                    quality_checks: [Completeness, Duplicates]
                    retention: 2 years
                    """.formatted(i, i, i % roles, i));
        }
        for (int i = 0; i < systems; i++, written += 3) {
            system(i, roles, data);
        }
        for (int i = 0; i < share(500); i++, written++) {
            file("objectives/objective-" + i + ".yaml", """
                    id: objective-%d
                    title: Objective %d
                    owner: role:role-%d
                    measure: Share of reviews on time
                    target: 95 %%
                    due: 2030-06-30
                    status: on-track
                    related: [system:system-%d]
                    """.formatted(i, i, i % roles, i % systems));
        }
        int improvements = share(3000);
        for (int i = 0; i < improvements; i++, written++) {
            file("improvements/improvement-" + i + ".yaml", """
                    id: improvement-%d
                    title: Improvement %d
                    owner: role:role-%d
                    kind: corrective-action
                    source: monitoring
                    raised: 2026-01-01
                    system: system:system-%d
                    description: Monitoring showed drift on slice %d.
                    due: 2030-01-01
                    status: in-progress
                    actions: [{description: Retrain, owner: role:role-%d, due: 2030-01-01}]
                    """.formatted(i, i, i % roles, i % systems, i, i % roles));
        }
        for (int i = 0; i < share(400); i++, written++) {
            file("audits/audit-" + i + ".yaml", """
                    id: audit-%d
                    title: Audit %d
                    date: 2026-05-01
                    auditors: [role:role-%d]
                    scope: Part %d
                    criteria: [ISO/IEC 42001]
                    findings:
                      - {id: F1, kind: minor-nonconformity, about: [clause:9.1], description: Late review., improvement: improvement:improvement-%d}
                    """.formatted(i, i, i % roles, i, i % improvements));
        }
        for (int i = 0; i < share(398); i++, written++) {
            file("reviews/review-" + i + ".yaml", """
                    id: review-%d
                    title: Review %d
                    date: 2026-06-01
                    chair: role:role-0
                    inputs: [{topic: audit-results, summary: Fine., sources: [audit:audit-0]}]
                    """.formatted(i, i));
        }
        return written;
    }

    /** About 50 more lines of AsciiDoc: sections, lists, a table, an admonition, a listing and cross-references. */
    private static String sections(int i, int roles) {
        return """

                == Principles

                We design, build and run AI systems so that people can trust them. Policy %d asks every team to:

                * state the purpose of each AI system before it is built,
                * test it for unequal accuracy across the groups it affects,
                * keep a person able to override it, and
                * record what it was trained on and why.

                NOTE: Where a principle cannot be followed, the owner records why and what is done instead.

                == Responsibilities

                [cols="1,3"]
                |===
                |Role |Duty

                |role:role-%d[]
                |Keeps this policy and reports on it every quarter.

                |role:role-0[]
                |Approves exceptions and changes.
                |===

                == Procedure

                . Describe the system and its intended use.
                . Assess its risks and its impact on individuals, groups and society.
                . Decide on treatment and record the residual risk.
                . Monitor it in operation and review it when it changes.

                === Records

                Every step leaves a record in the register, for example:

                ----
                system: system-%d
                step: impact-assessment
                outcome: accepted with conditions
                ----

                === Exceptions

                An exception lasts at most six months. %s

                == Review

                This policy is reviewed every year, and whenever an audit or an incident shows it needs to be.
                Readers find the related control control:A.2.2[] and clause clause:5.2[] in the handbook.
                """.formatted(i, (i + 1) % roles, i, "Exceptions are listed with their owner and end date. ".repeat(4));
    }

    private void system(int i, int roles, int data) throws IOException {
        file("systems/system-" + i + ".yaml", """
                id: system-%d
                title: System %d
                owner: role:role-%d
                lifecycle_stage: operation-and-monitoring
                organization_roles: [provider]
                purpose: Predicts outcome %d.
                intended_use: [Decision support]
                users: [Analysts]
                affected_people: [Customers]
                automation: human-in-the-loop
                human_oversight: An analyst reviews every prediction.
                risk_tier: medium
                eu_ai_act: minimal-risk
                models: [{name: model-%d, provider: Synthetic Corp, version: "1.0"}]
                data: [data:data-%d]
                monitoring: {metrics: [Accuracy], frequency: weekly}
                event_logging: {events: [Every prediction], retention: 1 year}
                """.formatted(i, i, i % roles, i, i, i % data));
        file("assessments/system-" + i + "-risk.yaml", """
                id: system-%d-risk
                title: Risks of system %d
                kind: risk
                system: system:system-%d
                assessed: 2026-02-01
                assessors: [role:role-%d]
                risks:
                  - id: system-%d-drift
                    title: Drift
                    description: Accuracy falls as data drifts.
                    likelihood: 4
                    severity: 4
                    treatment: {option: mitigate, controls: [control:A.6.2.6], owner: role:role-%d, status: done}
                """.formatted(i, i, i, i % roles, i, i % roles));
        file("assessments/system-" + i + "-impact.yaml", """
                id: system-%d-impact
                title: Impacts of system %d
                kind: impact
                system: system:system-%d
                assessed: 2026-02-01
                assessors: [role:role-%d]
                impacts:
                  - {area: groups, affects: [Customers], description: Unequal accuracy., severity: medium, diversity_and_inclusion: Accuracy is tested per age group.}
                  - {area: society, affects: [Customers], description: Negligible., severity: low}
                """.formatted(i, i, i, i % roles));
    }

    private void soa() throws IOException {
        StringBuilder soa = new StringBuilder("""
                id: soa
                title: Statement of Applicability
                owner: role:role-0
                approver: role:role-0
                decisions:
                """);
        List<Control> controls = Catalogue.iso42001().controls();
        for (Control control : controls) {
            soa.append("  - {control: ").append(control.id())
                    .append(", applicable: true, status: implemented, implemented_by: [policy:policy-0]}\n");
        }
        file("soa.yaml", soa.toString());
    }

    private void file(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
