/**
 * Fetches a saved article's lead image in the background, so no page script sees the request or the picture:
 * on kompas.com only (over the scheme of the page that asked), without the reader's cookies, refusing redirects (which could lead anywhere) and
 * anything that is not a raster image (the same rule an imported backup meets, so every saved article can be
 * restored from its export), and reading no further than the cap, however long the answer says it is.
 */
import { parseImageSrc } from '../../src/reading/reading-messages.ts';
import { isSavedImageType } from '../../src/reading/article-record.ts';
import { ImageTooLargeError } from '../../src/reading/reading-access.ts';
import { MAX_SAVED_IMAGE_BYTES } from '../../src/reading/reading-store.ts';

export async function fetchLeadImage(
  src: string,
  fetcher: typeof fetch = fetch,
  maxBytes: number = MAX_SAVED_IMAGE_BYTES,
): Promise<Blob> {
  const url = parseImageSrc(src, 'src');
  const response = await fetcher(url, { credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer', cache: 'force-cache' });
  if (!response.ok) throw new Error(`the image answered ${response.status}`);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!isSavedImageType(type)) throw new Error(`not a raster image: ${type || 'no content type'}`);
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new ImageTooLargeError(`the image is ${declared} bytes`);
  }
  if (!response.body) return new Blob([], { type });
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new ImageTooLargeError(`the image is over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[], { type });
}
