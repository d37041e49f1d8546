// Documents of the credentials feature: a worker's Open Badges on the passport, and revocation by staff.
import { graphql } from '../../graphql/generated';

export const CredentialsQuery = graphql(`
  query Credentials($workerId: ID) {
    credentials(workerId: $workerId) {
      id
      url
      scheme
      qualification
      title
      titleFr
      issuerName
      issuedAt
      validUntil
      state
      revokedAt
      revocationReason
    }
  }
`);

export const RevokeCredentialMutation = graphql(`
  mutation RevokeCredential($id: ID!, $reason: String!) {
    revokeCredential(id: $id, reason: $reason) {
      id
      state
      revokedAt
      revocationReason
    }
  }
`);

export const PassportElmQuery = graphql(`
  query PassportElm($workerId: ID) {
    passportElm(workerId: $workerId)
  }
`);
