// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { ImageTooLargeError } from '../../src/reading/reading-access.ts';
import { fetchLeadImage } from './lead-image.ts';

const SRC = 'https://asset.kompas.com/crops/foto.jpg';

/** A response streamed in `chunks` pieces of `size` bytes, counting how many were read. */
function streamed(chunks: number, size: number, headers: Record<string, string> = { 'content-type': 'image/jpeg' }) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) controller.close();
      else {
        pulled++;
        controller.enqueue(new Uint8Array(size));
      }
    },
  });
  return { response: new Response(body, { headers }), pulled: () => pulled };
}

describe('fetchLeadImage', () => {
  it('fetches without cookies or redirects and returns the image as a typed blob', async () => {
    const { response } = streamed(3, 100, { 'content-type': 'image/webp; charset=binary' });
    const fetcher = vi.fn(async () => response);
    const blob = await fetchLeadImage(SRC, fetcher as unknown as typeof fetch);
    expect(blob.size).toBe(300);
    expect(blob.type).toBe('image/webp');
    expect(fetcher).toHaveBeenCalledWith(SRC, expect.objectContaining({ credentials: 'omit', redirect: 'error' }));
  });

  it('refuses addresses off kompas.com or over another scheme before fetching', async () => {
    const fetcher = vi.fn();
    for (const src of ['ftp://asset.kompas.com/a.jpg', 'https://evil.example/a.jpg', 'https://kompas.com.evil.example/a.jpg']) {
      await expect(fetchLeadImage(src, fetcher as unknown as typeof fetch)).rejects.toThrow();
    }
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('refuses what is not a raster image', async () => {
    // An SVG is refused too: its import from a backup is, and opened from its blob address it would run scripts.
    for (const type of ['text/html', 'application/octet-stream', '', 'image/svg+xml', 'IMAGE/SVG+XML; charset=utf-8']) {
      const fetcher = async () => new Response('<html>', { headers: type ? { 'content-type': type } : {} });
      await expect(fetchLeadImage(SRC, fetcher as unknown as typeof fetch)).rejects.toThrow(/not a raster image/);
    }
    await expect(fetchLeadImage(SRC, (async () => new Response('', { status: 404, headers: { 'content-type': 'image/jpeg' } })) as unknown as typeof fetch))
      .rejects.toThrow(/404/);
  });

  it('stops reading past the cap, whatever the answer declares', async () => {
    const { response, pulled } = streamed(1000, 1000);
    await expect(fetchLeadImage(SRC, (async () => response) as unknown as typeof fetch, 5_000)).rejects.toBeInstanceOf(ImageTooLargeError);
    expect(pulled()).toBeLessThan(10);
    const declared = new Response('x', { headers: { 'content-type': 'image/png', 'content-length': '9000' } });
    await expect(fetchLeadImage(SRC, (async () => declared) as unknown as typeof fetch, 5_000)).rejects.toBeInstanceOf(ImageTooLargeError);
  });
});
