import { graphql } from '../../gql';

export const OpsClientsQuery = graphql(`
  query OpsClients($first: Int!, $after: String, $filter: ClientsFilter) {
    clients(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          slug
          billingEmail
          createdAt
        }
      }
    }
  }
`);

export const StaffUsersQuery = graphql(`
  query StaffUsers($first: Int!, $filter: UsersFilter) {
    users(first: $first, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
          email
          staffRole
          createdAt
        }
      }
    }
  }
`);

export const SetStaffRoleMutation = graphql(`
  mutation SetStaffRole($input: SetStaffRoleInput!) {
    setStaffRole(input: $input) {
      id
      staffRole
    }
  }
`);
