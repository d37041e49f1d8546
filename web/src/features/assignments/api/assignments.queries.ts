// GraphQL documents of assignments: assigning a module, the worker's day, and a site's cohort grid.
import { graphql } from '../../../graphql/generated';

export const AssignTargetsQuery = graphql(`
  query AssignTargets($siteId: ID) {
    modules {
      id
      slug
      latestPublished {
        id
        version
        title {
          text
        }
      }
    }
    teams {
      id
      name
      members {
        id
      }
    }
    workers(siteId: $siteId) {
      id
      displayName
      trade
    }
    # Nothing new is assigned at a closed site.
    sites(status: active) {
      id
      timeZone
      name
    }
  }
`);

export const AssignModuleMutation = graphql(`
  mutation AssignModule($input: AssignModuleInput!) {
    assignModule(input: $input) {
      batchId
      assigned
    }
  }
`);

export const MyDayQuery = graphql(`
  query MyDay {
    myAssignments {
      id
      dueOn
      reason
      status
      overdue
      createdAt
      moduleVersion {
        id
        version
        content
        title {
          text
          lang
          fellBack
        }
      }
      progress {
        bestScore
        completedAt
        passedAt
      }
    }
    myPracticalReviews {
      statementId
      review
      reviewComment
      reviewedBy
      reviewedAt
      moduleVersionId
    }
  }
`);

export const CohortQuery = graphql(`
  query Cohort($siteId: ID!, $teamId: ID) {
    cohort(siteId: $siteId, teamId: $teamId) {
      workers {
        id
        displayName
        trade
      }
      moduleVersions {
        id
        version
        title {
          text
        }
      }
      entries {
        assignmentId
        workerId
        moduleVersionId
        dueOn
        status
        overdue
        lastActivityAt
        bestScore
      }
    }
    teams {
      id
      name
    }
    sites {
      id
      name
    }
    crew: workers(siteId: $siteId) {
      id
      displayName
    }
  }
`);

export const AttemptFieldsFragment = graphql(`
  fragment AttemptFields on ModuleAttempt {
    id
    version
    outcome
    score
    startedAt
    finishedAt
    moduleVersion {
      id
      title {
        text
      }
    }
  }
`);

export const WorkerAttemptsQuery = graphql(`
  query WorkerAttempts($workerId: ID!) {
    workerAttempts(workerId: $workerId) {
      ...AttemptFields
    }
  }
`);

export const MyAttemptsQuery = graphql(`
  query MyAttempts {
    myAttempts {
      ...AttemptFields
    }
  }
`);

export const CancelAssignmentMutation = graphql(`
  mutation CancelAssignment($id: ID!) {
    cancelAssignment(id: $id) {
      id
      state
    }
  }
`);

export const ReassignAssignmentMutation = graphql(`
  mutation ReassignAssignment($id: ID!, $workerId: ID!) {
    reassignAssignment(id: $id, workerId: $workerId) {
      id
      workerId
    }
  }
`);
