import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../../lib/api/client";
import { unwrap } from "../../../lib/api/unwrap";

export const REVIEWS_PAGE_SIZE = 20;

/** Every cached answer about the datasets' review starts with `all`. */
export const datasetKeys = {
  all: ["datasets"] as const,
  reviews: (page: number) => [...datasetKeys.all, "reviews", page] as const,
};

/** `page` counts from 1, as people do; the API counts from 0. */
export async function listDatasetReviews(page: number) {
  return unwrap(await apiClient.GET("/api/v1/datasets/reviews", { params: { query: { page: page - 1, size: REVIEWS_PAGE_SIZE } } }));
}

export const datasetQueries = {
  /** The animateurs' queue of datasets « à vérifier ». */
  reviews: (page: number) =>
    queryOptions({ queryKey: datasetKeys.reviews(page), queryFn: () => listDatasetReviews(page), placeholderData: keepPreviousData }),
};
