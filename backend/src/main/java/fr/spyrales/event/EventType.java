package fr.spyrales.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "EventType",
        description = "Type d'événement : WEBINAR (webinaire), WORKSHOP (atelier), MEETUP (rencontre),"
                + " PROJECT_SHOWCASE (présentation de projet).")
public enum EventType {
    WEBINAR,
    WORKSHOP,
    MEETUP,
    PROJECT_SHOWCASE
}
