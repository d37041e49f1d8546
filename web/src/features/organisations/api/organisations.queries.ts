// Documents of the organisations and invitations screens, and of the invitee's accept page.
import { graphql } from '../../../graphql/generated';

export const ManagedOrganisationsQuery = graphql(`
  query ManagedOrganisations {
    managedOrganisations {
      id
      slug
      name
      kind
    }
  }
`);

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      slug
      name
      kind
    }
  }
`);

export const InvitationFields = graphql(`
  fragment InvitationFields on Invitation {
    id
    email
    role
    expiresAt
    acceptedAt
  }
`);

export const InvitationsQuery = graphql(`
  query Invitations($organisationId: ID!) {
    invitations(organisationId: $organisationId) {
      ...InvitationFields
    }
  }
`);

export const CreateInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      ...InvitationFields
      link
      delivery
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      organisationName
      email
      role
      expiresAt
      status
      accountExists
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...LoginPayloadFields
    }
  }
`);

export const FailedJobsQuery = graphql(`
  query FailedJobs {
    failedJobs {
      id
      queue
      error
      retries
      failedAt
    }
  }
`);
