package org.aimsbook.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * A management system standard's clauses and reference controls, shipped with the generator as
 * data so that checks and pages work offline. Other catalogues (crosswalks to the EU AI Act or
 * ISO/IEC 27001) can be loaded the same way.
 */
public record Catalogue(String name, List<Clause> clauses, List<ControlGroup> groups) {

    public Catalogue {
        clauses = List.copyOf(clauses);
        groups = List.copyOf(groups);
    }

    /** ISO/IEC 42001:2023: clauses 4 to 10 and the 38 controls of Annex A. */
    public static Catalogue iso42001() {
        return read("iso42001.yaml");
    }

    private static Catalogue read(String resource) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalogue " + resource + " is missing from the generator");
            }
            return new ObjectMapper(new YAMLFactory()).readValue(in, Catalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue " + resource + " is unreadable", e);
        }
    }

    /** Every control, in catalogue order. */
    public List<Control> controls() {
        return groups.stream().flatMap(group -> group.controls().stream()).toList();
    }

    public Optional<Control> control(String id) {
        return controls().stream().filter(control -> control.id().equals(id)).findFirst();
    }

    public Optional<Clause> clause(String number) {
        return clauses.stream().filter(clause -> clause.number().equals(number)).findFirst();
    }
}
