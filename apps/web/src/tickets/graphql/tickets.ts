import { graphql } from '../../gql';

export const TicketRowFragment = graphql(`
  fragment TicketRow on Ticket {
    id
    number
    displayNumber
    subject
    status
    priority
    lastActivityAt
    createdAt
    messageCount
    version
    client {
      id
      name
      slug
    }
  }
`);

export const TicketThreadFragment = graphql(`
  fragment TicketThread on Ticket {
    ...TicketRow
    body
    availableMoves
    mergedIntoNumber
    serviceId
    requester {
      id
      name
    }
    messages {
      id
      kind
      body
      author
      fromStaff
      createdAt
    }
  }
`);

export const MyTicketsQuery = graphql(`
  query MyTickets($filter: MyTicketsFilter, $first: Int!, $after: String) {
    myTickets(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...TicketRow
        }
      }
    }
  }
`);

export const ClientTicketQuery = graphql(`
  query ClientTicket($number: Int!) {
    ticket(number: $number) {
      ...TicketThread
    }
  }
`);

export const ClientTicketUpdatedSubscription = graphql(`
  subscription ClientTicketUpdated($number: Int!) {
    ticketUpdated(number: $number) {
      ...TicketThread
    }
  }
`);

export const FileTicketMutation = graphql(`
  mutation FileTicket($input: FileTicketInput!) {
    fileTicket(input: $input) {
      ...TicketRow
    }
  }
`);

export const ReplyToTicketMutation = graphql(`
  mutation ReplyToTicket($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      ...TicketThread
    }
  }
`);

export const CloseTicketMutation = graphql(`
  mutation CloseTicket($input: TicketVersionInput!) {
    closeTicket(input: $input) {
      ...TicketThread
    }
  }
`);

export const ReopenTicketMutation = graphql(`
  mutation ReopenTicket($input: TicketVersionInput!) {
    reopenTicket(input: $input) {
      ...TicketThread
    }
  }
`);
