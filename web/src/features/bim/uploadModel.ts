// Checks an IFC file before upload (as the server will) and uploads it with real progress.
import { uploadWithProgress } from '../../common/uploadWithProgress';

/** The server's default cap (FIT_MAX_IFC_MB); a larger file is refused here before a long upload is wasted. */
export const MAX_IFC_BYTES = 250 * 1024 * 1024;

export type IfcFileProblem = { code: 'extension' } | { code: 'empty' } | { code: 'size'; maxMb: number };

export function checkIfcFile(file: Pick<File, 'name' | 'size'>, maxBytes = MAX_IFC_BYTES): IfcFileProblem | undefined {
  // Browsers give IFC files no reliable MIME type, so the extension is what tells them apart.
  if (!/\.ifc$/i.test(file.name.trim())) return { code: 'extension' };
  if (file.size === 0) return { code: 'empty' };
  if (file.size > maxBytes) return { code: 'size', maxMb: Math.round(maxBytes / 1024 / 1024) };
  return undefined;
}

export class ModelUploadError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ModelUploadError';
  }
}

export interface UploadModelOptions {
  token: string | null;
  onProgress: (share: number) => void;
  xhr?: () => XMLHttpRequest;
}

/** POST /sites/:siteId/models with the raw file as the body; resolves with the new model version's id. */
export async function uploadModel(siteId: string, file: File, { token, onProgress, xhr }: UploadModelOptions): Promise<string> {
  const url = `/sites/${encodeURIComponent(siteId)}/models?fileName=${encodeURIComponent(file.name)}`;
  const { status, body } = await uploadWithProgress(url, file, {
    token,
    contentType: 'application/octet-stream',
    accept: 'application/json',
    onProgress,
    xhr,
  });
  if (status !== 201 || !body.id) throw new ModelUploadError(status, body.code, body.message ?? '');
  onProgress(1);
  return body.id;
}

/** The URL of a model version's IFC file (the API sends it to members of the site's organisation). */
export const modelFileUrl = (siteId: string, modelId: string) =>
  `/sites/${encodeURIComponent(siteId)}/models/${encodeURIComponent(modelId)}/file`;
