import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api/api-error";

/** Answers of the API are not retried (a 4xx will not change); lost connections are, twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(error instanceof ApiError) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
