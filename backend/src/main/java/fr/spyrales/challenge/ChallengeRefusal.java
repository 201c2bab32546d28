package fr.spyrales.challenge;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;
import java.util.Map;

/** The rules of a challenge and of its entries, each with its problem type and what the member reads. */
enum ChallengeRefusal {
    ANIMATEURS_ONLY(ProblemType.FORBIDDEN, "Seuls les animateurs publient et modifient les défis."),
    ALREADY_OPEN(
            ProblemType.CONFLICT, "Le défi est déjà ouvert : seuls les administrateurs peuvent encore le supprimer."),
    CLOSES_BEFORE_OPENING(ProblemType.BUSINESS_RULE, "La clôture du défi doit venir après son ouverture."),
    CLOSES_IN_THE_PAST(ProblemType.BUSINESS_RULE, "La date de clôture du défi est déjà passée."),
    NOT_OPEN_YET(
            ProblemType.CONFLICT,
            "Le défi n'est pas ouvert : il n'a pas encore commencé, les participations s'ouvrent à son ouverture."),
    CLOSED(
            ProblemType.CONFLICT,
            "Le défi n'est pas ouvert : il est clos, les participations ne peuvent plus être déposées ni modifiées."),
    NOT_CLOSED_YET(
            ProblemType.CONFLICT,
            "Le défi n'est pas encore clos : bravos et commentaires s'ouvrent à sa clôture, quand les participations "
                    + "deviennent visibles."),
    TEXT_OR_LINK(
            ProblemType.VALIDATION,
            "Donnez un lien vers votre notebook ou votre dépôt, ou écrivez en quelques lignes ce que vous avez trouvé."),
    BLOCKED_OUTSIDE_VESTIAIRE(
            ProblemType.VALIDATION, "Ce qui vous a bloqué se partage au vestiaire : cochez « vestiaire »."),
    OWN_ENTRY(ProblemType.BUSINESS_RULE, "On ne se donne pas de bravo à soi-même : encouragez les autres !"),
    NOT_COMMENT_AUTHOR(ProblemType.FORBIDDEN, "Seuls l'auteur du commentaire et les animateurs peuvent le supprimer."),
    ALREADY_ENTERED(ProblemType.CONFLICT, "Vous avez déjà déposé une participation à ce défi.");

    /** The database's constraints behind these rules, for {@link fr.spyrales.common.ConstraintConflicts}. */
    static final Map<String, String> CONSTRAINTS = Map.of(
            "challenge_entry_one_per_member", ALREADY_ENTERED.detail,
            "challenge_entry_window",
                    "Le défi n'est pas ouvert : les participations se déposent entre son ouverture" + " et sa clôture.",
            "challenge_kudos_not_own_entry", OWN_ENTRY.detail,
            "challenge_kudos_after_closing", NOT_CLOSED_YET.detail,
            "challenge_entry_comment_after_closing", NOT_CLOSED_YET.detail,
            "challenge_closes_after_opening", CLOSES_BEFORE_OPENING.detail);

    final ProblemType problem;
    final String detail;

    ChallengeRefusal(ProblemType problem, String detail) {
        this.problem = problem;
        this.detail = detail;
    }

    ApiException exception() {
        if (problem == ProblemType.VALIDATION) {
            return ApiException.invalidField(field(), detail);
        }
        return new ApiException(problem, detail);
    }

    private String field() {
        return this == BLOCKED_OUTSIDE_VESTIAIRE ? "blockedBy" : "text";
    }
}
