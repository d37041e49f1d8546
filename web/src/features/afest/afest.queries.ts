// GraphQL documents of AFEST: the list, one record, the worker's own, and the trainer's writes.
import { graphql } from '../../graphql/generated';

export const AfestFieldsFragment = graphql(`
  fragment AfestFields on Afest {
    id
    title
    workerId
    workerName
    trainerId
    trainerName
    targetUlos
    heldUlos {
      code
      title
      titleFr
    }
    positioningNote
    positionedAt
    lockedAt
    sequences {
      id
      activity
      moduleTitle
      plannedOn
      siteName
      plannedMinutes
      reflections {
        id
        done
        learned
        difficulties
        dictated
        recordedAt
        afterLock
      }
    }
    evaluations {
      statementId
      moduleTitle
      review
      reviewComment
      reviewedBy
      reviewedAt
      submittedAt
    }
    signatures {
      role
      signerId
      signerName
      signedAt
    }
    additions {
      id
      authorName
      reason
      note
      createdAt
    }
    hours {
      plannedHours
      realisedHours
    }
  }
`);

// Lists stay light (the API refuses costly queries): a summary per AFEST, the record on its own page.
export const AfestListQuery = graphql(`
  query AfestList {
    afests {
      id
      title
      workerName
      trainerName
      lockedAt
      hours {
        plannedHours
        realisedHours
      }
    }
    workers {
      id
      displayName
    }
  }
`);

export const AfestQuery = graphql(`
  query Afest($id: ID!) {
    afest(id: $id) {
      ...AfestFields
    }
    sites {
      id
      name
    }
    modules {
      id
      latestPublished {
        id
        title {
          text
        }
      }
    }
  }
`);

export const MyAfestsQuery = graphql(`
  query MyAfests {
    myAfests {
      id
      title
      trainerId
      trainerName
      lockedAt
      sequences {
        id
        activity
        plannedOn
        reflections {
          id
          done
          recordedAt
        }
      }
      signatures {
        role
        signedAt
      }
    }
  }
`);

export const PositioningQuery = graphql(`
  query AfestPositioning($workerId: ID) {
    passport(workerId: $workerId) {
      workerId
      ulos {
        code
        title
        titleFr
        state
      }
    }
    passportInputs(workerId: $workerId) {
      catalogue
    }
  }
`);

export const CreateAfestMutation = graphql(`
  mutation CreateAfest($input: CreateAfestInput!) {
    createAfest(input: $input) {
      id
    }
  }
`);

export const PlanAfestSequenceMutation = graphql(`
  mutation PlanAfestSequence($input: PlanAfestSequenceInput!) {
    planAfestSequence(input: $input) {
      ...AfestFields
    }
  }
`);

export const SignAfestMutation = graphql(`
  mutation SignAfest($afestId: ID!, $signature: DrawnSignatureInput!) {
    signAfest(afestId: $afestId, signature: $signature) {
      ...AfestFields
    }
  }
`);

export const AddAfestNoteMutation = graphql(`
  mutation AddAfestNote($afestId: ID!, $reason: String!, $note: String!) {
    addAfestNote(afestId: $afestId, reason: $reason, note: $note) {
      ...AfestFields
    }
  }
`);
