// The network figures document: aggregates only, hidden counts come as null.
import { graphql } from '../../graphql/generated';

export const NetworkFiguresQuery = graphql(`
  query NetworkFigures($months: Int!) {
    networkFigures(months: $months) {
      sharingCompanies
      months
      workersTrained {
        label
        columns
        cells
        total
      }
      trainingHours {
        label
        columns
        cells
        total
      }
      awardsByScheme {
        label
        columns
        cells
        total
      }
      expiringByScheme {
        label
        columns
        cells
        total
      }
      awardsByEqfLevel {
        label
        columns
        cells
        total
      }
      ulosAwarded {
        label
        columns
        cells
        total
      }
      clauseHoursByTerritory {
        label
        columns
        cells
        total
      }
      clauseTargets {
        territory
        targetHours
        achievedHours
        percent
      }
    }
  }
`);
