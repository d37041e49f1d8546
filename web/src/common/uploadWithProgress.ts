// Sends a file as a request body with real upload progress (fetch() cannot report it; XHR can), for every upload
// screen: module media, building models. What an answer means is the caller's business.

export interface UploadAnswer {
  /** 0 when the request never got an answer (offline, server unreachable). */
  status: number;
  /** The JSON answer's fields FIT's upload routes use; empty when the answer is not JSON. */
  body: { id?: string; code?: string; message?: string };
}

export interface UploadWithProgressOptions {
  token: string | null;
  contentType: string;
  onProgress: (share: number) => void;
  accept?: string;
  xhr?: () => XMLHttpRequest;
}

export function uploadWithProgress(
  url: string,
  file: File,
  { token, contentType, onProgress, accept, xhr = () => new XMLHttpRequest() }: UploadWithProgressOptions,
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    const request = xhr();
    request.open('POST', url);
    request.setRequestHeader('Content-Type', contentType);
    if (accept) request.setRequestHeader('Accept', accept);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onerror = () => resolve({ status: 0, body: {} });
    request.onload = () => {
      let body: UploadAnswer['body'] = {};
      try {
        body = JSON.parse(request.responseText) as UploadAnswer['body'];
      } catch {
        // Not JSON: keep the status only.
      }
      resolve({ status: request.status, body });
    };
    request.send(file);
  });
}
