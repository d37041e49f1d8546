// Documents of the social-clause screens: contracts and progress, participants, monthly hours and decisions.
import { graphql } from '../../graphql/generated';

export const ClauseContractsQuery = graphql(`
  query ClauseContracts {
    clauseContracts {
      id
      reference
      title
      buyer
      startsOn
      endsOn
      progress {
        targetHours
        achievedHours
        pendingHours
        achievedFte
        percent
      }
    }
  }
`);

export const ClauseContractQuery = graphql(`
  query ClauseContract($id: ID!, $reason: String!) {
    clauseContract(id: $id) {
      id
      reference
      title
      buyer
      startsOn
      endsOn
      territoryName
      networkName
      viewerSide
      progress {
        targetHours
        achievedHours
        pendingHours
        achievedFte
        targetFte
        percent
      }
      lots {
        id
        label
        targetHours
        companies {
          organisationId
          name
        }
        sites {
          id
          name
        }
        progress {
          achievedHours
          pendingHours
          percent
        }
      }
      companies {
        company {
          name
        }
        progress {
          targetHours
          achievedHours
          percent
        }
      }
    }
    clauseParticipants(contractId: $id, reason: $reason) {
      id
      personName
      companyName
      companyId
      category
      evidenceType
      startsOn
      endsOn
      exitOutcome
    }
    clauseDeclarations(contractId: $id) {
      id
      participantId
      personName
      companyName
      lotLabel
      month
      hoursWorked
      trainingHours
      trainingHoursComputed
      trainingCorrectionReason
      status
      correctionReason
      sentBackReason
    }
  }
`);

export const DeclareClauseHoursMutation = graphql(`
  mutation DeclareClauseHours($input: ClauseHoursInput!) {
    declareClauseHours(input: $input) {
      id
      status
    }
  }
`);

export const DecideClauseHoursMutation = graphql(`
  mutation DecideClauseHours($declarationId: ID!, $verdict: String!, $reason: String) {
    decideClauseHours(declarationId: $declarationId, verdict: $verdict, reason: $reason) {
      id
      status
    }
  }
`);

// What the facilitator picks from when recording a contract: the body's territories and the companies sharing with it.
export const ClauseContractOptionsQuery = graphql(`
  query ClauseContractOptions {
    territories {
      id
      name
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

export const CreateClauseContractMutation = graphql(`
  mutation CreateClauseContract($input: ClauseContractInput!) {
    createClauseContract(input: $input) {
      id
    }
  }
`);

export const RecordClauseExitMutation = graphql(`
  mutation RecordClauseExit($participantId: ID!, $outcome: String!, $exitOn: String!) {
    recordClauseExit(participantId: $participantId, outcome: $outcome, exitOn: $exitOn) {
      id
      exitOutcome
    }
  }
`);

// The company's open sites a manager can link to a lot it was awarded.
export const ClauseCompanySitesQuery = graphql(`
  query ClauseCompanySites {
    sites(status: active) {
      id
      name
    }
  }
`);

export const LinkClauseLotSiteMutation = graphql(`
  mutation LinkClauseLotSite($lotId: ID!, $siteId: ID!) {
    linkClauseLotSite(lotId: $lotId, siteId: $siteId) {
      id
    }
  }
`);

// Whom the viewer may flag on a contract, and the flag itself (category and evidence type, never the document).
export const ClauseParticipantCandidatesQuery = graphql(`
  query ClauseParticipantCandidates($contractId: ID!) {
    clauseParticipantCandidates(contractId: $contractId) {
      workerId
      personName
      companyName
    }
  }
`);

export const AddClauseParticipantMutation = graphql(`
  mutation AddClauseParticipant($input: ClauseParticipantInput!) {
    addClauseParticipant(input: $input) {
      id
      personName
    }
  }
`);

// A participant's path (its read of the eligibility is logged with the screen's purpose).
export const ClauseParticipantPathQuery = graphql(`
  query ClauseParticipantPath($participantId: ID!, $reason: String!, $language: String!) {
    clauseParticipantPath(participantId: $participantId, reason: $reason, language: $language) {
      personName
      contracts {
        participantId
        contractId
        reference
        title
        companyName
        category
        startsOn
        endsOn
        exitOutcome
        exitOn
      }
      months {
        month
        reference
        hoursWorked
        trainingHours
        status
      }
      modules {
        title
        completedOn
      }
      afests {
        id
        title
        startedOn
        signedOn
        sequences
      }
      qualifications {
        title
        scheme
        awardedOn
      }
    }
  }
`);
