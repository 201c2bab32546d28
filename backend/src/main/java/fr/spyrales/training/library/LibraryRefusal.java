package fr.spyrales.training.library;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;

/** The rules of the library, each with its problem type and what the member reads. */
enum LibraryRefusal {
    NOT_EDITABLE(
            ProblemType.FORBIDDEN,
            "Seuls la personne qui a proposé cette ressource, tant qu'elle n'est pas publiée, et les animateurs"
                    + " peuvent la modifier."),
    NOT_DELETABLE(
            ProblemType.FORBIDDEN,
            "Seuls la personne qui a proposé cette ressource et les animateurs peuvent la supprimer."),
    PUBLISHED_NEVER_DELETED(
            ProblemType.CONFLICT,
            "Cette ressource a été publiée : des notes et des parcours y renvoient, elle ne peut plus être supprimée."
                    + " Retirez-la plutôt."),
    ANIMATEURS_ONLY(ProblemType.FORBIDDEN, "Seuls les animateurs peuvent publier, refuser ou retirer une ressource."),
    OWN_PROPOSAL(
            ProblemType.FORBIDDEN,
            "Vous avez proposé cette ressource : un autre animateur doit la relire et la publier."),
    NOT_PUBLISHABLE(ProblemType.CONFLICT, "Seule une ressource proposée ou retirée peut être publiée."),
    NOT_REJECTABLE(ProblemType.CONFLICT, "Seule une ressource proposée, en attente de relecture, peut être refusée."),
    NOT_WITHDRAWABLE(ProblemType.CONFLICT, "Seule une ressource publiée peut être retirée."),
    NOT_RATABLE(ProblemType.CONFLICT, "Seule une ressource publiée peut être notée."),
    NOT_BOOKMARKABLE(ProblemType.CONFLICT, "Seule une ressource publiée peut être ajoutée à votre liste."),
    NOT_YET_PUBLISHED(
            ProblemType.CONFLICT, "Cette ressource n'est pas encore publiée : vous ne pouvez pas la marquer terminée."),
    DUPLICATE_UNDER_REVIEW(ProblemType.CONFLICT, "Cette ressource est déjà proposée et en cours de relecture.");

    /** The name of the extension member that points to the resource already at an address. */
    static final String EXISTING_RESOURCE_ID = "existingResourceId";

    final ProblemType problem;
    final String detail;

    LibraryRefusal(ProblemType problem, String detail) {
        this.problem = problem;
        this.detail = detail;
    }

    ApiException exception() {
        return new ApiException(problem, detail);
    }

    /** The address is already in the library: named and linked when the caller may see the resource there. */
    static ApiException duplicate(TrainingResource existing, boolean visible) {
        if (!visible) {
            return DUPLICATE_UNDER_REVIEW.exception();
        }
        return ApiException.withExtension(
                ProblemType.CONFLICT,
                "Cette ressource est déjà dans la bibliothèque : « " + existing.title + " ».",
                EXISTING_RESOURCE_ID,
                existing.id);
    }
}
