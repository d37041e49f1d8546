// Where an organisation's Open Badges identifiers live under PUBLIC_URL (the stable surface outside checks rely on).
export interface IssuerOrganisation {
  id: string;
  slug: string;
  name: string;
}

export const issuerId = (publicUrl: string, slug: string) => `${publicUrl}/issuers/${encodeURIComponent(slug)}`;
export const credentialUrl = (publicUrl: string, uuid: string) => `${publicUrl}/credentials/${uuid}`;
export const statusListUrl = (publicUrl: string, listId: string) => `${publicUrl}/status-lists/${listId}`;

export const issuerOf = (publicUrl: string, org: IssuerOrganisation) => ({ id: issuerId(publicUrl, org.slug), name: org.name, url: publicUrl });
