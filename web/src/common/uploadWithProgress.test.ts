// The upload every upload screen uses: headers, progress, and answers that are not JSON or never come.
import { describe, expect, it, vi } from 'vitest';
import { uploadWithProgress } from './uploadWithProgress';

function fakeXhr(outcome: { status: number; responseText: string } | 'network-down') {
  const xhr = {
    upload: { onprogress: undefined as undefined | ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) },
    open: vi.fn(),
    setRequestHeader: vi.fn(),
    status: outcome === 'network-down' ? 0 : outcome.status,
    responseText: outcome === 'network-down' ? '' : outcome.responseText,
    onload: undefined as undefined | (() => void),
    onerror: undefined as undefined | (() => void),
    send: vi.fn(() => {
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 4 });
      if (outcome === 'network-down') xhr.onerror?.();
      else xhr.onload?.();
    }),
  };
  return xhr;
}

const file = new File(['x'], 'photo.png', { type: 'image/png' });

describe(uploadWithProgress.name, () => {
  it('posts the file with its type, the token and what it accepts, reporting progress', async () => {
    const xhr = fakeXhr({ status: 201, responseText: '{"id":"m1"}' });
    const progress: number[] = [];
    const answer = await uploadWithProgress('/media?name=photo.png', file, {
      token: 't',
      contentType: 'image/png',
      accept: 'application/json',
      onProgress: (p) => progress.push(p),
      xhr: () => xhr as never,
    });
    expect(answer).toEqual({ status: 201, body: { id: 'm1' } });
    expect(xhr.open).toHaveBeenCalledWith('POST', '/media?name=photo.png');
    expect(xhr.setRequestHeader.mock.calls).toEqual([
      ['Content-Type', 'image/png'],
      ['Accept', 'application/json'],
      ['Authorization', 'Bearer t'],
    ]);
    expect(progress).toEqual([0.25]);
  });

  it('keeps the status of an answer that is not JSON (a proxy page), and says 0 when none came', async () => {
    const options = { token: null, contentType: 'image/png', onProgress: () => undefined };
    const proxy = fakeXhr({ status: 502, responseText: '<h1>Bad gateway</h1>' });
    await expect(uploadWithProgress('/media', file, { ...options, xhr: () => proxy as never })).resolves.toEqual({ status: 502, body: {} });
    const down = fakeXhr('network-down');
    await expect(uploadWithProgress('/media', file, { ...options, xhr: () => down as never })).resolves.toEqual({ status: 0, body: {} });
  });
});
