// The sign-in mutation: returns the token pair and the user the session acts for.
import { graphql } from '../../graphql/generated';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      ...LoginPayloadFields
    }
  }
`);
