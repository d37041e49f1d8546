// The building sites of the viewer's organisation where works go on, shown on the trainer and manager homes.
import { graphql } from '../../../graphql/generated';

export const SitesQuery = graphql(`
  query Sites {
    sites(status: active) {
      id
      name
      address
      startsOn
      endsOn
    }
  }
`);
