import { vi } from "vitest";

/** Catches the files the page offers (jsdom neither makes object URLs nor downloads): their names and contents. */
export function stubDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs: they are given for the spies to replace.
  for (const name of ["createObjectURL", "revokeObjectURL"] as const)
    if (!(name in URL)) Object.defineProperty(URL, name, { configurable: true, writable: true, value: () => "" });
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    const url = `blob:${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}
