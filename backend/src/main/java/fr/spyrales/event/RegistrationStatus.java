package fr.spyrales.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RegistrationStatus",
        description = "État d'une inscription : CONFIRMED (place confirmée), WAITLISTED (liste d'attente),"
                + " CANCELLED (annulée).")
public enum RegistrationStatus {
    CONFIRMED,
    WAITLISTED,
    CANCELLED;

    /** A live registration holds a seat or a place in the queue. */
    public boolean isLive() {
        return this != CANCELLED;
    }
}
