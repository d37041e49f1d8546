// Documents of the crew screens: workers, PINs, teams, a site's crew and tablets, the badge sheet.
import { graphql } from '../../../graphql/generated';

export const WorkerFields = graphql(`
  fragment WorkerFields on Worker {
    id
    displayName
    email
    language
    trade
    hasPin
  }
`);

export const WorkersQuery = graphql(`
  query Workers($siteId: ID) {
    workers(siteId: $siteId) {
      ...WorkerFields
    }
  }
`);

export const AddWorkerMutation = graphql(`
  mutation AddWorker($input: AddWorkerInput!) {
    addWorker(input: $input) {
      worker {
        ...WorkerFields
      }
      invitation {
        id
        email
        link
      }
    }
  }
`);

export const SetWorkerPinMutation = graphql(`
  mutation SetWorkerPin($workerId: ID!, $pin: String!) {
    setWorkerPin(workerId: $workerId, pin: $pin) {
      ...WorkerFields
    }
  }
`);

export const TeamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
      members {
        id
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation CreateTeam($name: String!) {
    createTeam(name: $name) {
      id
    }
  }
`);

export const SetTeamMembersMutation = graphql(`
  mutation SetTeamMembers($teamId: ID!, $workerIds: [ID!]!) {
    setTeamMembers(teamId: $teamId, workerIds: $workerIds) {
      id
    }
  }
`);

export const SiteCrewQuery = graphql(`
  query SiteCrew($siteId: ID!) {
    sites {
      id
      name
      address
      status
    }
    all: workers {
      id
      displayName
      trade
    }
    crew: workers(siteId: $siteId) {
      id
    }
    tablets(siteId: $siteId) {
      id
      label
      createdAt
      lastSeenAt
      revokedAt
    }
  }
`);

export const SetSiteCrewMutation = graphql(`
  mutation SetSiteCrew($siteId: ID!, $workerIds: [ID!]!) {
    setSiteCrew(siteId: $siteId, workerIds: $workerIds) {
      id
    }
  }
`);

export const RevokeTabletMutation = graphql(`
  mutation RevokeTablet($id: ID!) {
    revokeTablet(id: $id) {
      id
    }
  }
`);

export const BadgeSheetQuery = graphql(`
  query BadgeSheet($siteId: ID) {
    badgeSheet(siteId: $siteId) {
      workerId
      displayName
      trade
      qrPayload
    }
  }
`);
