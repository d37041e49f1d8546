// Documents of setting up a tablet: by a one-time code, or by a staff member signed in on the tablet itself.
import { graphql } from '../../graphql/generated';

export const EnrolTabletWithCodeMutation = graphql(`
  mutation EnrolTabletWithCode($code: String!, $publicKey: String) {
    enrolTabletWithCode(code: $code, publicKey: $publicKey) {
      deviceToken
      siteName
      tablet {
        id
        label
      }
    }
  }
`);

export const SetupEnrolTabletMutation = graphql(`
  mutation SetupEnrolTablet($siteId: ID!, $label: String!, $publicKey: String) {
    enrolTablet(siteId: $siteId, label: $label, publicKey: $publicKey) {
      deviceToken
      siteName
      tablet {
        id
        label
      }
    }
  }
`);

export const SetupSitesQuery = graphql(`
  query SetupSites {
    sites {
      id
      name
    }
  }
`);

export const CreateTabletEnrolmentCodeMutation = graphql(`
  mutation CreateTabletEnrolmentCode($siteId: ID!, $label: String!) {
    createTabletEnrolmentCode(siteId: $siteId, label: $label) {
      code
      expiresAt
    }
  }
`);
