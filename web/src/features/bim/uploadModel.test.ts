import { describe, expect, it, vi } from 'vitest';
import { checkIfcFile, ModelUploadError, uploadModel } from './uploadModel';

describe('checkIfcFile', () => {
  it('accepts an .ifc file whatever the case of its extension', () => {
    expect(checkIfcFile({ name: 'House.IFC', size: 1000 })).toBeUndefined();
  });
  it('refuses another extension, an empty file and a file over the cap', () => {
    expect(checkIfcFile({ name: 'plan.pdf', size: 1000 })).toEqual({ code: 'extension' });
    expect(checkIfcFile({ name: 'house.ifczip', size: 1000 })).toEqual({ code: 'extension' });
    expect(checkIfcFile({ name: 'house.ifc', size: 0 })).toEqual({ code: 'empty' });
    expect(checkIfcFile({ name: 'house.ifc', size: 3 * 1024 * 1024 }, 2 * 1024 * 1024)).toEqual({ code: 'size', maxMb: 2 });
  });
});

function fakeXhr(status: number, responseText: string) {
  const xhr = {
    upload: {} as { onprogress?: (e: Partial<ProgressEvent>) => void },
    open: vi.fn(),
    setRequestHeader: vi.fn(),
    status,
    responseText,
    onload: undefined as undefined | (() => void),
    onerror: undefined as undefined | (() => void),
    send: vi.fn(() => {
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      xhr.onload?.();
    }),
  };
  return xhr;
}

describe('uploadModel', () => {
  const file = new File(['ISO-10303-21;'], 'maison.ifc');

  it('posts the raw file with its name and token, reports progress and resolves with the model id', async () => {
    const xhr = fakeXhr(201, JSON.stringify({ id: 'm1' }));
    const progress: number[] = [];
    const sut = uploadModel('s1', file, { token: 't', onProgress: (p) => progress.push(p), xhr: () => xhr as never });
    await expect(sut).resolves.toBe('m1');
    expect(xhr.open).toHaveBeenCalledWith('POST', '/sites/s1/models?fileName=maison.ifc');
    expect(xhr.setRequestHeader).toHaveBeenCalledWith('Authorization', 'Bearer t');
    expect(progress).toEqual([0.5, 1]);
  });

  it("rejects with the server's code and message", async () => {
    const xhr = fakeXhr(413, JSON.stringify({ code: 'PAYLOAD_TOO_LARGE', message: 'Too big' }));
    const sut = uploadModel('s1', file, { token: null, onProgress: () => undefined, xhr: () => xhr as never });
    await expect(sut).rejects.toEqual(new ModelUploadError(413, 'PAYLOAD_TOO_LARGE', 'Too big'));
  });
});
