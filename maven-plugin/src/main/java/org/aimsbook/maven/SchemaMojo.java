package org.aimsbook.maven;

import java.io.File;
import java.io.IOException;
import org.aimsbook.schema.JsonSchemas;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a JSON Schema for every content type, like {@code aimsbook schema}, for editor
 * completion and validation. Run it when needed ({@code mvn aimsbook:schema}); point
 * {@code aimsbook.schemas} at the content's {@code _schemas} folder to refresh the schemas the
 * YAML files name.
 */
@Mojo(name = "schema", threadSafe = true)
public class SchemaMojo extends AimsbookMojo {

    /** The folder to write the schemas to. */
    @Parameter(property = "aimsbook.schemas", defaultValue = "${project.build.directory}/schemas", required = true)
    private File schemas;

    @Override
    void run() throws IOException {
        JsonSchemas.write(schemas.toPath());
        getLog().info("wrote " + JsonSchemas.all().size() + " schemas to " + schemas);
    }
}
