// The sign-in mutation: returns the access token and the user the session acts for.
import { graphql } from '../../graphql/generated';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      expiresAt
      me {
        ...SessionUser
      }
    }
  }
`);
