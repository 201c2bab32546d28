import type { MatchingProposal, MatchingRun, MatchingRunParameters } from "../../../lib/api/types";

// Answers of the matching API shared by the tests of the feature.

export const DEFAULTS: MatchingRunParameters = {
  candidatesPerMentee: 50,
  minimumScore: 0,
  weights: { skill: 50, language: 15, capacity: 10, otherMinistry: 15, sameRegion: 10 },
};

export const KARIM = { id: "m-karim", displayName: "Karim Benali" };

export function runningRun(overrides: Partial<MatchingRun> = {}): MatchingRun {
  return {
    id: "run-1",
    status: "RUNNING",
    stage: "CANDIDATES",
    parameters: DEFAULTS,
    startedBy: KARIM,
    startedAt: "2026-03-19T10:00:00+01:00",
    removed: 0,
    ...overrides,
  };
}

export function doneRun(overrides: Partial<MatchingRun> = {}): MatchingRun {
  return runningRun({
    status: "DONE",
    stage: "FINISHED",
    finishedAt: "2026-03-19T10:00:01+01:00",
    figures: {
      mentees: 412,
      mentors: 96,
      candidates: 20600,
      matched: 180,
      totalScore: 13250.5,
      meanScore: 73.6,
      greedyTotalScore: 12100,
      greedyMatched: 171,
      durationMs: 840,
    },
    ...overrides,
  });
}

export function proposal(overrides: Partial<MatchingProposal> = {}): MatchingProposal {
  return {
    mentee: { id: "m-lea", displayName: "Léa Moreau" },
    mentor: { id: "m-claire", displayName: "Claire Fontaine" },
    score: 78,
    reasons: [
      { criterion: "SKILL", label: "Maîtrise R au niveau 4 — niveau 1 chez Léa", points: 50 },
      { criterion: "OTHER_MINISTRY", label: "Autre ministère", points: 15 },
    ],
    removed: false,
    ...overrides,
  };
}
