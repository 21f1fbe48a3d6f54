import { graphql } from '../../gql';

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    email
    name
    staffRole
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
