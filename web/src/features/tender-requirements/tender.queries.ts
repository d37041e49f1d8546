// GraphQL documents of a site's tender requirements: the list with the crew's check, the framework to pick from, edits.
import { graphql } from '../../graphql/generated';

export const SiteTenderQuery = graphql(`
  query SiteTender($siteId: ID!) {
    sites {
      id
      name
    }
    siteTenderCheck(siteId: $siteId) {
      siteId
      requirements {
        crewSize
        metCount
        metPercent
        requirement {
          id
          title
          clause
          ulos
          qualifications
        }
        members {
          workerId
          displayName
          met
          missingUlos
          missingQualifications
        }
      }
    }
  }
`);

// The active framework as the passport reads it (the staff member's own inputs carry the whole catalogue).
export const TenderCatalogueQuery = graphql(`
  query TenderCatalogue {
    passportInputs {
      catalogue
    }
  }
`);

export const CreateTenderRequirementMutation = graphql(`
  mutation CreateTenderRequirement($input: CreateTenderRequirementInput!) {
    createTenderRequirement(input: $input) {
      id
    }
  }
`);

export const UpdateTenderRequirementMutation = graphql(`
  mutation UpdateTenderRequirement($id: ID!, $input: TenderRequirementInput!) {
    updateTenderRequirement(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteTenderRequirementMutation = graphql(`
  mutation DeleteTenderRequirement($id: ID!) {
    deleteTenderRequirement(id: $id)
  }
`);
