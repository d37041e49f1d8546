// Checks a file before upload (type and size, as the server will) and uploads it with real progress.
import { uploadWithProgress } from '../../common/uploadWithProgress';
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
export async function uploadMedia(file: File, { token, onProgress, xhr }: UploadOptions): Promise<string> {
  const url = `/media?name=${encodeURIComponent(file.name)}`;
  const { status, body } = await uploadWithProgress(url, file, { token, contentType: file.type, onProgress, xhr });
  if (status !== 201 || !body.id) throw new UploadError(status, body.message ?? '');
  onProgress(1);
  return body.id;
}
