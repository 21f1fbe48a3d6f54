import { graphql } from '../../gql';

export const QueueRowFragment = graphql(`
  fragment QueueRow on Ticket {
    ...TicketRow
    labels
    workingGroup {
      id
      slug
      name
    }
    assignee {
      id
      name
    }
    sla {
      firstResponse {
        dueAt
        state
        paused
      }
      resolution {
        dueAt
        state
        paused
      }
    }
  }
`);

export const TicketQueueQuery = graphql(`
  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilterInput, $orderBy: TicketOrder, $first: Int!, $after: String) {
    ticketQueue(view: $view, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...QueueRow
        }
      }
    }
  }
`);

export const TicketQueueCountsQuery = graphql(`
  query TicketQueueCounts($filter: TicketQueueFilterInput) {
    ticketQueueCounts(filter: $filter) {
      triage
      highPriority
      mine
      unassigned
      escalated
      open
      done
    }
  }
`);

export const TicketQueueChangedSubscription = graphql(`
  subscription TicketQueueChanged($view: TicketQueueView!) {
    ticketQueueChanged(view: $view) {
      kind
      view
      ticket {
        ...QueueRow
      }
    }
  }
`);

export const ClaimNextTicketMutation = graphql(`
  mutation ClaimNextTicket($input: ClaimNextTicketInput) {
    claimNextTicket(input: $input) {
      ...QueueRow
    }
  }
`);

export const BulkUpdateTicketsMutation = graphql(`
  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {
    bulkUpdateTickets(input: $input) {
      allOk
      results {
        ticketId
        ok
        errorCode
        errorMessage
        ticket {
          ...QueueRow
        }
      }
    }
  }
`);

export const StaffTicketQuery = graphql(`
  query StaffTicket($number: Int!) {
    ticket(number: $number) {
      ...StaffTicketFields
    }
  }
`);

export const StaffTicketFieldsFragment = graphql(`
  fragment StaffTicketFields on Ticket {
    ...TicketThread
    ...QueueRow
    serviceId
    updatedAt
    events {
      at
      kind
      actor
      from
      to
    }
    watchers {
      id
      name
    }
    links {
      kind
      direction
      ticket {
        id
        number
        subject
        status
      }
    }
  }
`);

export const StaffTicketUpdatedSubscription = graphql(`
  subscription StaffTicketUpdated($number: Int!) {
    ticketUpdated(number: $number) {
      ...StaffTicketFields
    }
  }
`);

export const AddInternalNoteMutation = graphql(`
  mutation AddInternalNote($input: AddInternalNoteInput!) {
    addInternalNote(input: $input) {
      ...StaffTicketFields
    }
  }
`);

export const StaffReplyMutation = graphql(`
  mutation StaffReply($input: ReplyToTicketInput!) {
    replyToTicket(input: $input) {
      ...StaffTicketFields
    }
  }
`);

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($input: UpdateTicketInput!) {
    updateTicket(input: $input) {
      ...StaffTicketFields
    }
  }
`);

/** Another ticket by the number ops typed (to link or merge into). */
export const TicketByNumberQuery = graphql(`
  query TicketByNumber($number: Int!) {
    ticket(number: $number) {
      id
      number
      displayNumber
      subject
      status
      version
      client {
        id
        name
      }
    }
  }
`);

export const LinkTicketsMutation = graphql(`
  mutation LinkTickets($input: LinkTicketsInput!) {
    linkTickets(input: $input) {
      ...StaffTicketFields
    }
  }
`);

export const UnlinkTicketsMutation = graphql(`
  mutation UnlinkTickets($input: LinkTicketsInput!) {
    unlinkTickets(input: $input) {
      ...StaffTicketFields
    }
  }
`);

export const MergeTicketsMutation = graphql(`
  mutation MergeTickets($input: MergeTicketsInput!) {
    mergeTickets(input: $input) {
      ...StaffTicketFields
    }
  }
`);

export const WatchTicketMutation = graphql(`
  mutation WatchTicket($input: WatchTicketInput!) {
    watchTicket(input: $input) {
      ...StaffTicketFields
    }
  }
`);
