package fr.spyrales.privacy;

import java.util.UUID;

/**
 * One feature's part of a member's data export (RGPD right of access): each feature that holds data about
 * members has one bean implementing it, and {@link PersonalDataService} gathers them all. The export's type is
 * a record annotated
 * {@code @Schema(name = "…", extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = "<key>"))},
 * which makes it a property of the contract's {@code PersonalDataExport} schema ({@link PersonalDataContract}).
 *
 * @param <T> the section's type, the record described above
 */
public interface PersonalDataSection<T> {
    /** The OpenAPI extension that marks a schema as a section of the export; its value is the section's key. */
    String SCHEMA_EXTENSION = "x-personal-data-section";

    /** The export's property for this section: the value of its type's {@link #SCHEMA_EXTENSION}. */
    String key();

    /** Everything this feature holds about the member, including what they read of their pairings. */
    T export(UUID memberId);
}
