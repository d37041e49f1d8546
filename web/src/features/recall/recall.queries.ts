// Documents of spaced recall: a site's teams' lapses per ULO.
import { graphql } from '../../graphql/generated';

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
