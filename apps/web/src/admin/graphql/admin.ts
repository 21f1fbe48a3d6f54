import { graphql } from '../../gql';

export const AdminPackageFieldsFragment = graphql(`
  fragment AdminPackageFields on Package {
    id
    slug
    name
    description
    spec
    active
    graceDays
    suspensionDays
    prices {
      id
      cycle
      amount
      currency
      formattedAmount
      partnerCost
    }
  }
`);

export const AllPackagesQuery = graphql(`
  query AllPackages {
    allPackages {
      ...AdminPackageFields
    }
  }
`);

export const CreatePackageMutation = graphql(`
  mutation CreatePackage($input: CreatePackageInput!) {
    createPackage(input: $input) {
      ...AdminPackageFields
    }
  }
`);

export const UpdatePackageMutation = graphql(`
  mutation UpdatePackage($input: UpdatePackageInput!) {
    updatePackage(input: $input) {
      ...AdminPackageFields
    }
  }
`);

export const RetirePackageMutation = graphql(`
  mutation RetirePackage($input: RetirePackageInput!) {
    retirePackage(input: $input) {
      ...AdminPackageFields
    }
  }
`);

export const PartnerFieldsFragment = graphql(`
  fragment PartnerFields on Partner {
    id
    name
    driver
    apiBaseUrl
    regions
    coop
    active
    hasCredentials
    simulated
    createdAt
    offers {
      kind
      priceCents
      capacity
    }
  }
`);

export const PartnersQuery = graphql(`
  query Partners {
    partners {
      ...PartnerFields
    }
  }
`);

export const CreatePartnerMutation = graphql(`
  mutation CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      ...PartnerFields
    }
  }
`);

export const UpdatePartnerMutation = graphql(`
  mutation UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      ...PartnerFields
    }
  }
`);

export const RetirePartnerMutation = graphql(`
  mutation RetirePartner($id: ID!) {
    retirePartner(id: $id) {
      ...PartnerFields
    }
  }
`);

export const TestPartnerConnectionMutation = graphql(`
  mutation TestPartnerConnection($id: ID!) {
    testPartnerConnection(id: $id) {
      ok
      message
    }
  }
`);

export const EconomicsFieldsFragment = graphql(`
  fragment EconomicsFields on Economics {
    currency
    overheadBasisPoints
    total {
      ...EconomicsGroupFields
    }
    byPackage {
      ...EconomicsGroupFields
    }
    byPartner {
      ...EconomicsGroupFields
    }
  }
`);

export const EconomicsGroupFieldsFragment = graphql(`
  fragment EconomicsGroupFields on EconomicsGroup {
    key
    services
    monthlyRevenue
    partnerCostMonthly
    marginMonthly
    breakEvenRevenue
    coversOverhead
    arithmetic
  }
`);

export const EconomicsQuery = graphql(`
  query Economics($currency: String!) {
    economics(currency: $currency) {
      ...EconomicsFields
    }
  }
`);

export const UpdateBillingSettingsMutation = graphql(`
  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {
    updateBillingSettings(input: $input) {
      ...EconomicsFields
    }
  }
`);
