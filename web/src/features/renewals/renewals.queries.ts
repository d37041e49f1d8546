// Documents of renewals: the crew's ULOs lapsing soon.
import { graphql } from '../../graphql/generated';

export const UpcomingRenewalsQuery = graphql(`
  query UpcomingRenewals($siteId: ID, $days: Int) {
    upcomingRenewals(siteId: $siteId, days: $days) {
      workerId
      workerName
      ulo
      expiresOn
      qualification
      modules
      assigned
    }
  }
`);
