// The site tablet's own operations: the crew names, and a worker's sign-in by PIN or badge (all need X-Device-Token).
import { graphql } from '../../../graphql/generated';

export const TabletCrewQuery = graphql(`
  query TabletCrew {
    tabletCrew {
      id
      displayName
    }
  }
`);

export const PinLoginMutation = graphql(`
  mutation PinLogin($workerId: ID!, $pin: String!) {
    pinLogin(workerId: $workerId, pin: $pin) {
      ...LoginPayloadFields
    }
  }
`);

export const BadgeLoginMutation = graphql(`
  mutation BadgeLogin($code: String!) {
    badgeLogin(code: $code) {
      ...LoginPayloadFields
    }
  }
`);

export const ReportOfflineLockoutMutation = graphql(`
  mutation ReportOfflineLockout($workerId: ID!, $lockedAt: DateTime!) {
    reportOfflineLockout(workerId: $workerId, lockedAt: $lockedAt)
  }
`);
