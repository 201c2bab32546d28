package fr.spyrales.project;

import java.util.UUID;

/** A lead accepted or declined a request to join the project: fired inside the answer's transaction. */
public record JoinRequestAnswered(UUID projectId, UUID leadId) {}
