import { graphql } from '../../gql';

export const ServiceFieldsFragment = graphql(`
  fragment ServiceFields on Service {
    id
    clientId
    domain
    status
    suspensionReason
    cycle
    currentPeriodEnd
    cancelAtPeriodEnd
    createdAt
    package {
      id
      slug
      name
    }
    resources {
      id
      kind
      key
      status
      lastError
      placementReason
      simulated
      updatedAt
      partner {
        id
        name
        coop
      }
      outputs {
        name
        value
      }
      timeline {
        id
        at
        step
        outcome
        message
      }
    }
  }
`);

export const MyServicesQuery = graphql(`
  query MyServices($clientId: ID!) {
    myServices(clientId: $clientId) {
      ...ServiceFields
    }
  }
`);

/** Asked per service, so a failure here never hides the services themselves. */
export const MailDnsRecordsQuery = graphql(`
  query MailDnsRecords($serviceId: ID!) {
    serviceMailDnsRecords(serviceId: $serviceId) {
      type
      name
      value
      priority
    }
  }
`);

export const OpsServicesQuery = graphql(`
  query OpsServices($filter: ServicesFilter, $first: Int!) {
    services(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          ...ServiceFields
        }
      }
    }
  }
`);

export const RetryProvisioningMutation = graphql(`
  mutation RetryProvisioning($serviceId: ID!) {
    retryProvisioning(serviceId: $serviceId) {
      ...ServiceFields
    }
  }
`);

export const SuspendServiceMutation = graphql(`
  mutation SuspendService($input: SuspendServiceInput!) {
    suspendService(input: $input) {
      ...ServiceFields
    }
  }
`);

export const UnsuspendServiceMutation = graphql(`
  mutation UnsuspendService($input: UnsuspendServiceInput!) {
    unsuspendService(input: $input) {
      ...ServiceFields
    }
  }
`);

export const CancelServiceMutation = graphql(`
  mutation CancelService($input: CancelServiceInput!) {
    cancelService(input: $input) {
      ...ServiceFields
    }
  }
`);

export const ChangeServicePackageMutation = graphql(`
  mutation ChangeServicePackage($input: ChangeServicePackageInput!) {
    changeServicePackage(input: $input) {
      ...ServiceFields
    }
  }
`);

/** What a ticket is about, shown beside it (members of the client, or staff). */
export const LinkedServiceQuery = graphql(`
  query LinkedService($id: ID!) {
    service(id: $id) {
      id
      domain
      status
      suspensionReason
      package {
        id
        name
      }
    }
  }
`);
