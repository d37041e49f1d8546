// Documents of the personal-data feature: erasure requests and their execution, evidence photo retention.
import { graphql } from '../../graphql/generated';

export const RequestErasureMutation = graphql(`
  mutation RequestErasure($workerId: ID) {
    requestErasure(workerId: $workerId) {
      id
      requestedAt
    }
  }
`);

export const PersonalDataRequestsQuery = graphql(`
  query PersonalDataRequests {
    personalDataRequests {
      id
      personName
      requestedAt
      requestedByName
      executedAt
      executedByName
    }
  }
`);

export const ExecuteErasureMutation = graphql(`
  mutation ExecuteErasure($requestId: ID!) {
    executeErasure(requestId: $requestId) {
      id
      personName
      executedAt
      executedByName
    }
  }
`);

export const EvidenceRetentionQuery = graphql(`
  query EvidenceRetention {
    evidenceRetentionYears
  }
`);

export const SetEvidenceRetentionMutation = graphql(`
  mutation SetEvidenceRetention($years: Int) {
    setEvidenceRetentionYears(years: $years)
  }
`);
