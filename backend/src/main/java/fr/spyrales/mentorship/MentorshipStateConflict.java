package fr.spyrales.mentorship;

import fr.spyrales.common.ApiException;
import fr.spyrales.common.ProblemType;

/**
 * The 409 answered when a pairing's state refuses a change to its goals, sessions or feedback:
 * the detail says, in French, what state it is in and what follows from it.
 */
public final class MentorshipStateConflict {
    private MentorshipStateConflict() {}

    /** For instance "Ce mentorat est terminé : ses objectifs ne peuvent plus être modifiés." */
    public static ApiException of(MentorshipStatus status, String consequence) {
        return new ApiException(ProblemType.CONFLICT, state(status) + " : " + consequence);
    }

    private static String state(MentorshipStatus status) {
        return switch (status) {
            case PENDING -> "Le mentorat n'a pas encore commencé";
            case ACCEPTED -> "Le mentorat est en cours";
            case PAUSED -> "Le mentorat est en pause";
            case DECLINED -> "Cette demande de mentorat a été déclinée";
            case WITHDRAWN -> "Cette demande de mentorat a été retirée";
            case EXPIRED -> "Cette demande de mentorat a expiré";
            case COMPLETED -> "Ce mentorat est terminé";
            case CANCELLED -> "Ce mentorat a été annulé";
        };
    }
}
