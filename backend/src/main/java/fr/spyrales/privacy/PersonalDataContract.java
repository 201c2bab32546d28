package fr.spyrales.privacy;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Writes the contract's {@code PersonalDataExport} schema from the sections the features declare: every
 * schema carrying {@link PersonalDataSection#SCHEMA_EXTENSION} becomes a required property named after the
 * extension's value. A feature adds its section without touching this package, and clients get one typed
 * schema per section.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PersonalDataContract implements OASFilter {
    static final String SCHEMA = "PersonalDataExport";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, String> schemaByKey = new TreeMap<>();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            Object key = schema.getExtensions() == null
                    ? null
                    : schema.getExtensions().get(PersonalDataSection.SCHEMA_EXTENSION);
            if (key != null && schemaByKey.put(key.toString(), name) != null) {
                throw new IllegalStateException("two schemas declare the personal data section " + key);
            }
        });
        Schema export = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description(
                        "Tout ce que Spyrales détient sur le membre (RGPD : droit d'accès et portabilité), une partie par fonctionnalité.")
                .addProperty(
                        PersonalDataService.EXPORTED_AT,
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.STRING)
                                .format("date-time"))
                .addRequired(PersonalDataService.EXPORTED_AT);
        schemaByKey.forEach(
                (key, name) -> export.addProperty(key, OASFactory.createSchema().ref("#/components/schemas/" + name))
                        .addRequired(key));
        openAPI.getComponents().addSchema(SCHEMA, export);
    }
}
