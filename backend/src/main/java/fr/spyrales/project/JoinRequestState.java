package fr.spyrales.project;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ProjectJoinRequestState",
        description = "PENDING : en attente ; ACCEPTED : acceptée ; DECLINED : déclinée.")
public enum JoinRequestState {
    PENDING,
    ACCEPTED,
    DECLINED
}
