package fr.spyrales.event;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import java.util.Map;

/** The rules of events and registrations, each with its problem type and what the member reads. */
enum EventRefusal {
    NOT_ORGANISER(ProblemType.FORBIDDEN, "Seuls les animateurs et les administrateurs organisent les événements."),
    CANCELLED_NOT_EDITABLE(ProblemType.CONFLICT, "Cet événement est annulé : il ne peut plus être modifié."),
    ALREADY_CANCELLED(ProblemType.CONFLICT, "Cet événement est déjà annulé."),
    ENDED_NOT_CANCELLABLE(ProblemType.CONFLICT, "Cet événement est terminé : il ne peut plus être annulé."),
    HAS_REGISTRATIONS(
            ProblemType.CONFLICT,
            "Des membres se sont inscrits à cet événement : il ne peut pas être supprimé. Annulez-le plutôt, en"
                    + " indiquant le motif aux inscrits."),
    CAPACITY_BELOW_CONFIRMED(
            ProblemType.CONFLICT, "La capacité ne peut pas descendre sous le nombre d'inscrits confirmés."),
    EVENT_CANCELLED(ProblemType.CONFLICT, "Cet événement est annulé : les inscriptions sont fermées."),
    REGISTRATION_CLOSED(ProblemType.BUSINESS_RULE, "Les inscriptions sont closes : l'événement a commencé."),
    EVENT_ENDED(ProblemType.BUSINESS_RULE, "L'événement est terminé : l'inscription ne peut plus être annulée."),
    ATTENDANCE_TOO_EARLY(ProblemType.BUSINESS_RULE, "La présence se note une fois l'événement commencé."),
    ATTENDANCE_NOT_CONFIRMED(ProblemType.CONFLICT, "Seule la présence d'un inscrit confirmé peut être notée."),
    CHECK_IN_CLOSED(
            ProblemType.BUSINESS_RULE,
            "Le pointage est ouvert de 15 minutes avant le début de l'événement jusqu'à sa fin."),
    CHECK_IN_NOT_CONFIRMED(ProblemType.CONFLICT, "Seuls les inscrits confirmés peuvent pointer leur présence.");

    /** The database's constraints behind these rules, for {@link fr.spyrales.common.ConstraintConflicts}. */
    static final Map<String, String> CONSTRAINTS = Map.of("event_capacity_respected", CAPACITY_BELOW_CONFIRMED.detail);

    final ProblemType problem;
    final String detail;

    EventRefusal(ProblemType problem, String detail) {
        this.problem = problem;
        this.detail = detail;
    }

    ApiException exception() {
        return new ApiException(problem, detail);
    }
}
