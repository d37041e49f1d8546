// Documents of positioning: the candidate's public flow (invite, join, answer, progress) and the facilitator's sessions.
import { graphql } from '../../graphql/generated';

export const PositioningInviteQuery = graphql(`
  query PositioningInvite($code: String!) {
    positioningInvite(code: $code) {
      sessionName
      organisationName
      language
      retentionMonths
    }
  }
`);

export const JoinPositioningMutation = graphql(`
  mutation JoinPositioning($input: JoinPositioningInput!) {
    joinPositioning(input: $input) {
      token
    }
  }
`);

export const PositioningProgressQuery = graphql(`
  query PositioningProgress($token: String!) {
    positioningProgress(token: $token) {
      ...CandidateProgress
    }
  }
`);

export const AnswerPositioningMutation = graphql(`
  mutation AnswerPositioning($token: String!, $itemId: String!, $value: [Int!]!) {
    answerPositioning(token: $token, itemId: $itemId, value: $value) {
      ...CandidateProgress
    }
  }
`);

export const CandidateProgressFragment = graphql(`
  fragment CandidateProgress on PositioningProgress {
    firstName
    sessionName
    language
    completed
    answers {
      itemId
      value
    }
    result {
      fits
      answered
      total
      families {
        family
        appetence
        competence
      }
    }
  }
`);

export const PositioningSessionsQuery = graphql(`
  query PositioningSessions {
    positioningSessions {
      id
      name
      date
      language
      code
      candidateCount
      completedCount
    }
  }
`);

export const CreatePositioningSessionMutation = graphql(`
  mutation CreatePositioningSession($input: PositioningSessionInput!) {
    createPositioningSession(input: $input) {
      id
    }
  }
`);

export const PositioningSessionQuery = graphql(`
  query PositioningSessionResults($id: ID!) {
    positioningSession(id: $id) {
      id
      name
      date
      code
      candidateCount
      completedCount
    }
    positioningCandidates(sessionId: $id) {
      id
      firstName
      stage
      handedOverAt
      profile {
        fits
        answered
        total
        families {
          family
          appetence
          competence
        }
      }
      startingUlos {
        code
        title
      }
      suggestedModules
    }
    sharingAgreements {
      id
      endedAt
      company {
        id
        name
      }
    }
  }
`);

export const HandOverCandidateMutation = graphql(`
  mutation HandOverCandidate($candidateId: ID!, $companyId: ID!) {
    handOverCandidate(candidateId: $candidateId, companyId: $companyId, candidateConsent: true) {
      id
      handedOverAt
    }
  }
`);

export const PositioningHandoversQuery = graphql(`
  query PositioningHandovers {
    positioningHandovers {
      id
      workerId
      displayName
      fromNetwork
      trades
      candidateConsentedAt
      ulos {
        code
        title
      }
      modules {
        moduleVersionId
        title
        assigned
      }
    }
  }
`);
