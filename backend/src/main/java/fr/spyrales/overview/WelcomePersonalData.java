package fr.spyrales.overview;

import fr.spyrales.privacy.MemberErased;
import fr.spyrales.privacy.PersonalDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether and when the member closed the welcome of « Mon espace ». Deleted on erasure. */
@ApplicationScoped
public class WelcomePersonalData implements PersonalDataSection<WelcomePersonalData.WelcomeData> {
    static final String KEY = "welcome";

    private final OverviewRepository overview;

    WelcomePersonalData(OverviewRepository overview) {
        this.overview = overview;
    }

    @Schema(
            name = "PersonalDataWelcome",
            extensions = @Extension(name = PersonalDataSection.SCHEMA_EXTENSION, value = KEY))
    public record WelcomeData(
            @Schema(description = "Quand j'ai fermé les premiers pas de Mon espace ; absent si jamais.")
            OffsetDateTime dismissedAt) {}

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public WelcomeData export(UUID memberId) {
        return new WelcomeData(overview.welcomeDismissedAt(memberId));
    }

    void erase(@Observes MemberErased erased) {
        overview.deleteWelcomeOf(erased.memberId());
    }
}
