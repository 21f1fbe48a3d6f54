import { graphql } from '../../gql';

export const MyClientsQuery = graphql(`
  query MyClients {
    myClients {
      id
      name
      slug
      myRole
    }
  }
`);

export const ClientQuery = graphql(`
  query Client($slug: String!) {
    client(slug: $slug) {
      id
      name
      slug
      billingEmail
      createdAt
      myRole
      members {
        id
        name
        email
        role
        joinedAt
      }
    }
  }
`);

export const CreateClientMutation = graphql(`
  mutation CreateClient($input: CreateClientInput!) {
    createClient(input: $input) {
      id
      name
      slug
      myRole
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      token
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      name
      slug
      myRole
    }
  }
`);

export const RemoveMemberMutation = graphql(`
  mutation RemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input)
  }
`);

export const LeaveClientMutation = graphql(`
  mutation LeaveClient($input: LeaveClientInput!) {
    leaveClient(input: $input)
  }
`);
