// Documents of the site screens: the list (active or closed), one site's details, create, edit, close.
import { graphql } from '../../../graphql/generated';

export const SiteFields = graphql(`
  fragment SiteFields on Site {
    id
    name
    address
    startsOn
    endsOn
    timeZone
    client
    contractReference
    status
    closedAt
  }
`);

export const SiteListQuery = graphql(`
  query SiteList($status: SiteStatus) {
    sites(status: $status) {
      ...SiteFields
    }
  }
`);

export const CreateSiteMutation = graphql(`
  mutation CreateSite($input: SiteInput!) {
    createSite(input: $input) {
      ...SiteFields
    }
  }
`);

export const UpdateSiteMutation = graphql(`
  mutation UpdateSite($id: ID!, $input: SiteInput!) {
    updateSite(id: $id, input: $input) {
      ...SiteFields
    }
  }
`);

export const CloseSiteMutation = graphql(`
  mutation CloseSite($id: ID!) {
    closeSite(id: $id) {
      ...SiteFields
    }
  }
`);
