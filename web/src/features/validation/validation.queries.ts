// GraphQL documents of on-site validation: practical tasks waiting for sign-off and the trainer's verdict.
import { graphql } from '../../graphql/generated';

export const PendingValidationsQuery = graphql(`
  query PendingValidations {
    pendingValidations {
      statementId
      workerId
      workerName
      activityId
      moduleVersionId
      response
      evidence
      submittedAt
      review
      moduleVersion {
        id
        version
        content
        title {
          text
        }
      }
    }
    refusedStatements {
      statementId
      workerName
      rule
      reason
      refusedAt
    }
    modules {
      id
      latestPublished {
        id
        version
        content
        title {
          text
        }
      }
    }
  }
`);

export const ReviewPracticalMutation = graphql(`
  mutation ReviewPractical($statementId: ID!, $verdict: Verdict!, $comment: String) {
    reviewPractical(statementId: $statementId, verdict: $verdict, comment: $comment) {
      statementId
      review
      reviewComment
      reviewedBy
    }
  }
`);
