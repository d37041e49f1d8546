// Checks a file before upload (type and size, as the server will) and uploads it with real progress through XHR.
export type MediaKind = 'image' | 'video' | 'audio';

// The same list and limits as the server (api media-types.ts); checked here first so the trainer learns at once.
export const ACCEPTED: Record<MediaKind, string[]> = {
  image: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
  video: ['video/mp4', 'video/webm'],
  audio: ['audio/mpeg', 'audio/ogg', 'audio/mp4', 'audio/x-m4a', 'audio/mp3'],
};

export const MAX_BYTES: Record<MediaKind, number> = {
  image: 15 * 1024 * 1024,
  video: 200 * 1024 * 1024,
  audio: 30 * 1024 * 1024,
};

export type FileProblem = { code: 'type'; kind: MediaKind } | { code: 'size'; kind: MediaKind; maxMb: number };

export function checkFile(file: Pick<File, 'type' | 'size'>, kind: MediaKind): FileProblem | undefined {
  if (!ACCEPTED[kind].includes(file.type.toLowerCase())) return { code: 'type', kind };
  if (file.size > MAX_BYTES[kind]) return { code: 'size', kind, maxMb: MAX_BYTES[kind] / 1024 / 1024 };
  return undefined;
}

export class UploadError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadOptions {
  token: string | null;
  onProgress: (share: number) => void;
  xhr?: () => XMLHttpRequest;
}

/** POST /media with the file as the body; resolves with the new media id. fetch() cannot report upload progress. */
export function uploadMedia(file: File, { token, onProgress, xhr = () => new XMLHttpRequest() }: UploadOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = xhr();
    request.open('POST', `/media?name=${encodeURIComponent(file.name)}`);
    request.setRequestHeader('Content-Type', file.type);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => reject(new UploadError(0, ''));
    request.onload = () => {
      let body: { id?: string; message?: string } = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        // Not JSON: keep the status only.
      }
      if (request.status === 201 && body.id) {
        onProgress(1);
        resolve(body.id);
      } else reject(new UploadError(request.status, body.message ?? ''));
    };
    request.send(file);
  });
}
