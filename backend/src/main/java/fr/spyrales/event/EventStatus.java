package fr.spyrales.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EventStatus", description = "État de l'événement : PLANNED (prévu), CANCELLED (annulé).")
public enum EventStatus {
    PLANNED,
    CANCELLED
}
