/** Every cached answer about matching runs starts with this key, so that one change can refresh them all. */
export const MATCHING_RUNS_KEY = ["matching", "runs"] as const;

/** The pages of the list of runs. */
export const matchingRunListKey = (page?: number) =>
  page === undefined ? ([...MATCHING_RUNS_KEY, "list"] as const) : ([...MATCHING_RUNS_KEY, "list", page] as const);

export const matchingRunKey = (id: string) => [...MATCHING_RUNS_KEY, "detail", id] as const;

/** A run's proposals, under its key: refreshing the run refreshes them too. */
export const matchingProposalsKey = (id: string) => [...matchingRunKey(id), "proposals"] as const;
