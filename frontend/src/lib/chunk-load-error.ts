/**
 * The messages browsers and Vite give when a part of the application loaded on demand cannot be fetched: most often
 * a new version was deployed since the page was opened, and the old file names (hashed) no longer exist.
 */
const CHUNK_LOAD_FAILURES = [
  /failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /importing a module script failed/i, // Safari
  /unable to preload css/i, // Vite, for the stylesheet of a lazy page
];

/** Whether an error says that a lazily loaded part of the application (a page, a chart) could not be downloaded. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && CHUNK_LOAD_FAILURES.some((failure) => failure.test(error.message));
}
