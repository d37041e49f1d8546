// Sign-in and account documents: login, forgotten and changed passwords, members, deactivation, leaving.
import { graphql } from '../../../graphql/generated';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...LoginPayloadFields
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const PasswordResetStateQuery = graphql(`
  query PasswordResetState($token: String!) {
    passwordResetState(token: $token)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

export const LeaveOrganisationMutation = graphql(`
  mutation LeaveOrganisation($organisationId: ID!) {
    leaveOrganisation(organisationId: $organisationId)
  }
`);

export const MembersQuery = graphql(`
  query Members {
    members {
      id
      displayName
      email
      role
      deactivatedAt
      lastSignInAt
    }
  }
`);

export const DeactivateMemberMutation = graphql(`
  mutation DeactivateMember($userId: ID!) {
    deactivateMember(userId: $userId) {
      id
      deactivatedAt
    }
  }
`);

export const ReactivateMemberMutation = graphql(`
  mutation ReactivateMember($userId: ID!) {
    reactivateMember(userId: $userId) {
      id
      deactivatedAt
    }
  }
`);

export const PasswordResetLinkForMutation = graphql(`
  mutation PasswordResetLinkFor($email: String!) {
    passwordResetLinkFor(email: $email) {
      link
      expiresAt
    }
  }
`);
