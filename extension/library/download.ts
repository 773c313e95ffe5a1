/** A file made in the page, saved through the browser's download: Blob, object URL, and a clicked `<a download>`. */
export interface DownloadFile {
  filename: string;
  mimeType: string;
  content: string;
}

export type Download = (file: DownloadFile) => void;

export function downloadFile({ filename, mimeType, content }: DownloadFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously in Chrome and Firefox; revoke later anyway, as their docs advise.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
