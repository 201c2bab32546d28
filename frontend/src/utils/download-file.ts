/** Offers `blob` to the person as a file named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Offers `content` to the person as a JSON file named `fileName`. */
export function downloadJson(content: unknown, fileName: string): void {
  downloadBlob(new Blob([JSON.stringify(content, null, 2)], { type: "application/json" }), fileName);
}
