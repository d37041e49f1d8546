// The building sites of the viewer's organisation, shown on the trainer and manager homes.
import { graphql } from '../../graphql/generated';

export const SitesQuery = graphql(`
  query Sites {
    sites {
      id
      name
      address
      startsOn
      endsOn
    }
  }
`);
