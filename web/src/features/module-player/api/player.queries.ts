// GraphQL document of the player: one frozen module version and its content.
import { graphql } from '../../../graphql/generated';

export const PlayerVersionQuery = graphql(`
  query PlayerVersion($id: ID!) {
    moduleVersion(id: $id) {
      id
      moduleId
      version
      status
      content
    }
  }
`);
