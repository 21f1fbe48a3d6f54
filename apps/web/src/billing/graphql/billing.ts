import { graphql } from '../../gql';

export const PackagesQuery = graphql(`
  query Packages {
    packages {
      id
      slug
      name
      description
      prices {
        id
        cycle
        amount
        currency
        formattedAmount
      }
    }
  }
`);

export const PurchasePackageMutation = graphql(`
  mutation PurchasePackage($input: PurchasePackageInput!) {
    purchasePackage(input: $input) {
      checkoutUrl
      order {
        id
        status
        domain
        serviceId
      }
      invoice {
        id
        number
        formattedAmount
        status
        dueAt
      }
    }
  }
`);

export const InvoiceFieldsFragment = graphql(`
  fragment InvoiceFields on Invoice {
    id
    number
    amount
    currency
    formattedAmount
    status
    gateway
    dueAt
    paidAt
    payUrl
    createdAt
    lines {
      description
      amount
      currency
    }
  }
`);

export const InvoicesQuery = graphql(`
  query Invoices($clientId: ID!) {
    invoices(clientId: $clientId) {
      ...InvoiceFields
    }
  }
`);

export const MarkInvoicePaidMutation = graphql(`
  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {
    markInvoicePaid(input: $input) {
      ...InvoiceFields
    }
  }
`);
