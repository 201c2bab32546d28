package fr.spyrales.animation;

import fr.spyrales.privacy.MemberErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What the console keeps about a member: the suspension of their account (not exported: an admin's measure, whose
 * reason the member asks the admins about; the audit log keeps its trace), and the reminders an animateur sent (the
 * animateur's id; the reminded members are not stored). An erased member's suspension goes with the account; the
 * reminders they sent keep pointing to the anonymised account.
 */
@ApplicationScoped
public class AnimationPersonalData {
    private final AnimationRepository repository;

    AnimationPersonalData(AnimationRepository repository) {
        this.repository = repository;
    }

    void erase(@Observes MemberErased erased) {
        repository.deleteSuspensionsOf(erased.memberId());
    }
}
