import { graphql } from '../../gql';

export const DashboardTicketsQuery = graphql(`
  query DashboardTickets($clientId: ID!) {
    myTickets(first: 5, filter: { clientId: $clientId, status: [NEW, OPEN, PENDING_CLIENT, ON_HOLD] }) {
      totalCount
      edges {
        node {
          id
          number
          displayNumber
          subject
          status
        }
      }
    }
  }
`);

export const DashboardServicesQuery = graphql(`
  query DashboardServices($clientId: ID!) {
    myServices(clientId: $clientId) {
      id
      domain
      status
      suspensionReason
    }
  }
`);

export const DashboardInvoicesQuery = graphql(`
  query DashboardInvoices($clientId: ID!) {
    invoices(clientId: $clientId) {
      id
      number
      status
      formattedAmount
      dueAt
    }
  }
`);
