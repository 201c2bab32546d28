package fr.spyrales.project;

import java.util.UUID;

/** No report of the project is open any more after an animateur's decision: fired inside the decision's transaction. */
public record ProjectReportsSettled(UUID projectId) {}
