// Documents of the network screens: territories, sharing agreements, the directory of network bodies.
import { graphql } from '../../graphql/generated';

export const TerritoriesQuery = graphql(`
  query Territories {
    territories {
      id
      name
      codes
    }
  }
`);

export const CreateTerritoryMutation = graphql(`
  mutation CreateTerritory($input: TerritoryInput!) {
    createTerritory(input: $input) {
      id
    }
  }
`);

export const UpdateTerritoryMutation = graphql(`
  mutation UpdateTerritory($id: ID!, $input: TerritoryInput!) {
    updateTerritory(id: $id, input: $input) {
      id
    }
  }
`);

export const SharingAgreementsQuery = graphql(`
  query SharingAgreements {
    sharingAgreements {
      id
      company {
        id
        name
      }
      network {
        id
        name
      }
      startedAt
      endedAt
    }
  }
`);

export const NetworkBodiesQuery = graphql(`
  query NetworkBodies {
    networkBodies {
      id
      name
    }
  }
`);

export const StartSharingMutation = graphql(`
  mutation StartSharing($networkOrganisationId: ID!) {
    startSharing(networkOrganisationId: $networkOrganisationId) {
      id
    }
  }
`);

export const EndSharingMutation = graphql(`
  mutation EndSharing($id: ID!) {
    endSharing(id: $id) {
      id
    }
  }
`);
