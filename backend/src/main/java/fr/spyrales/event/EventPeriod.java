package fr.spyrales.event;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "EventPeriod",
        description = "UPCOMING : pas encore terminés, les plus proches d'abord ; PAST : terminés, les plus récents"
                + " d'abord.")
public enum EventPeriod {
    UPCOMING,
    PAST
}
