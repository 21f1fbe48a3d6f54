/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    staffRole\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query MyClients {\n    myClients {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.MyClientsDocument,
    "\n  query Client($slug: String!) {\n    client(slug: $slug) {\n      id\n      name\n      slug\n      billingEmail\n      createdAt\n      myRole\n      members {\n        id\n        name\n        email\n        role\n        joinedAt\n      }\n    }\n  }\n": typeof types.ClientDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation LeaveClient($input: LeaveClientInput!) {\n    leaveClient(input: $input)\n  }\n": typeof types.LeaveClientDocument,
    "\n  query OpsClients($first: Int!, $after: String, $filter: ClientsFilter) {\n    clients(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          slug\n          billingEmail\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OpsClientsDocument,
    "\n  query StaffUsers($first: Int!, $filter: UsersFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          staffRole\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      staffRole\n    }\n  }\n": typeof types.SetStaffRoleDocument,
};
const documents: Documents = {
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    staffRole\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query MyClients {\n    myClients {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.MyClientsDocument,
    "\n  query Client($slug: String!) {\n    client(slug: $slug) {\n      id\n      name\n      slug\n      billingEmail\n      createdAt\n      myRole\n      members {\n        id\n        name\n        email\n        role\n        joinedAt\n      }\n    }\n  }\n": types.ClientDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation LeaveClient($input: LeaveClientInput!) {\n    leaveClient(input: $input)\n  }\n": types.LeaveClientDocument,
    "\n  query OpsClients($first: Int!, $after: String, $filter: ClientsFilter) {\n    clients(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          slug\n          billingEmail\n          createdAt\n        }\n      }\n    }\n  }\n": types.OpsClientsDocument,
    "\n  query StaffUsers($first: Int!, $filter: UsersFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          staffRole\n          createdAt\n        }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      staffRole\n    }\n  }\n": types.SetStaffRoleDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    staffRole\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    email\n    name\n    staffRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyClients {\n    myClients {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"): (typeof documents)["\n  query MyClients {\n    myClients {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client($slug: String!) {\n    client(slug: $slug) {\n      id\n      name\n      slug\n      billingEmail\n      createdAt\n      myRole\n      members {\n        id\n        name\n        email\n        role\n        joinedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Client($slug: String!) {\n    client(slug: $slug) {\n      id\n      name\n      slug\n      billingEmail\n      createdAt\n      myRole\n      members {\n        id\n        name\n        email\n        role\n        joinedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"): (typeof documents)["\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveClient($input: LeaveClientInput!) {\n    leaveClient(input: $input)\n  }\n"): (typeof documents)["\n  mutation LeaveClient($input: LeaveClientInput!) {\n    leaveClient(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsClients($first: Int!, $after: String, $filter: ClientsFilter) {\n    clients(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          slug\n          billingEmail\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsClients($first: Int!, $after: String, $filter: ClientsFilter) {\n    clients(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          slug\n          billingEmail\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffUsers($first: Int!, $filter: UsersFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          staffRole\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffUsers($first: Int!, $filter: UsersFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          staffRole\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      staffRole\n    }\n  }\n"): (typeof documents)["\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      staffRole\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;