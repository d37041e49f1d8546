// Documents of spaced recall: a site's teams' lapses per ULO, and the organisation's "recall keeps a ULO fresh" setting.
import { graphql } from '../../../graphql/generated';

export const RecallLapsesQuery = graphql(`
  query RecallLapses($siteId: ID!) {
    recallLapses(siteId: $siteId) {
      teamId
      teamName
      ulo
      uloTitle
      uloTitleFr
      workers
      cards
      recalls
      lapses
      lapseShare
    }
  }
`);

export const RecallPolicyQuery = graphql(`
  query RecallPolicy {
    recallPolicy {
      keepsFresh
      extendMonths
      windowDays
    }
  }
`);

export const SetRecallPolicyMutation = graphql(`
  mutation SetRecallPolicy($keepsFresh: Boolean!, $extendMonths: Int!, $windowDays: Int!) {
    setRecallPolicy(keepsFresh: $keepsFresh, extendMonths: $extendMonths, windowDays: $windowDays) {
      keepsFresh
      extendMonths
      windowDays
    }
  }
`);
