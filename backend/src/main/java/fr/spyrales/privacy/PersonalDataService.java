package fr.spyrales.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * RGPD: the export of everything Spyrales holds about a member, put together from every feature's
 * {@link PersonalDataSection}, and the announcement of an erasure ({@link MemberErased}) to every feature.
 * Knows no feature: features depend on this package, never the reverse.
 */
@ApplicationScoped
public class PersonalDataService {
    static final String EXPORTED_AT = "exportedAt";

    private final Instance<PersonalDataSection<?>> sections;
    private final Event<MemberErased> erasures;

    PersonalDataService(Instance<PersonalDataSection<?>> sections, Event<MemberErased> erasures) {
        this.sections = sections;
        this.erasures = erasures;
    }

    /** The export: {@code exportedAt}, then one property per section, in the order of their keys. */
    @Transactional
    public Map<String, Object> export(UUID memberId) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put(EXPORTED_AT, OffsetDateTime.now());
        sections.stream().sorted(Comparator.comparing(PersonalDataSection::key)).forEach(section -> {
            Object part = section.export(memberId);
            requireDeclared(section.key(), part);
            if (export.putIfAbsent(section.key(), part) != null) {
                throw new IllegalStateException("two personal data sections are named " + section.key());
            }
        });
        return export;
    }

    /**
     * Tells every feature, inside the caller's transaction, that this member is erased; each observer erases its
     * own data. The caller has locked and anonymised the member first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(MemberErased erased) {
        erasures.fire(erased);
    }

    /** A section whose type does not carry its key would be missing from the contract: refuse it loudly. */
    private static void requireDeclared(String key, Object part) {
        Schema schema = part.getClass().getAnnotation(Schema.class);
        boolean declared = schema != null
                && Arrays.stream(schema.extensions())
                        .anyMatch(e -> e.name().equals(PersonalDataSection.SCHEMA_EXTENSION)
                                && e.value().equals(key));
        if (!declared) {
            throw new IllegalStateException("the type of personal data section " + key + " ("
                    + part.getClass().getName()
                    + ") must carry @Schema(extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = \""
                    + key + "\"))");
        }
    }
}
