// A worker's evidence photo for the trainer. Evidence is personal data served only with the session token, which an
// <img> cannot send: the photo comes through fetch and a blob URL instead.
import { useEffect, useState } from 'react';
import { useGraphQLClient } from '../../graphql/GraphQLClientContext';

export interface EvidencePhotoProps {
  mediaId: string;
  alt: string;
}

export function EvidencePhoto({ mediaId, alt }: EvidencePhotoProps) {
  const client = useGraphQLClient();
  const [url, setUrl] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    let objectUrl: string | undefined;
    (async () => {
      const token = await client.token();
      const res = await fetch(`/media/evidence/${encodeURIComponent(mediaId)}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        signal: controller.signal,
      });
      if (res.ok) {
        objectUrl = URL.createObjectURL(await res.blob());
        setUrl(objectUrl);
      } else {
        // An xAPI client may attach a picture from the module media instead of a private photo.
        setUrl(`/media/${encodeURIComponent(mediaId)}/tablet`);
      }
    })().catch(() => undefined);
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [mediaId, client]);

  return (
    <a href={url} target="_blank" rel="noreferrer" aria-disabled={!url || undefined}>
      <img src={url} alt={alt} />
    </a>
  );
}
