/**
 * Hands a file received with fetch to the browser as a download: an object URL on an <a download> clicked once, the
 * URL revoked after the browser has taken it (a token-protected export cannot be a plain link: the token would have
 * to go in the URL).
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once may cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
