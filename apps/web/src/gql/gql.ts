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
    "\n  fragment AdminPackageFields on Package {\n    id\n    slug\n    name\n    description\n    spec\n    active\n    graceDays\n    suspensionDays\n    prices {\n      id\n      cycle\n      amount\n      currency\n      formattedAmount\n      partnerCost\n    }\n  }\n": typeof types.AdminPackageFieldsFragmentDoc,
    "\n  query AllPackages {\n    allPackages {\n      ...AdminPackageFields\n    }\n  }\n": typeof types.AllPackagesDocument,
    "\n  mutation CreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n": typeof types.CreatePackageDocument,
    "\n  mutation UpdatePackage($input: UpdatePackageInput!) {\n    updatePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n": typeof types.UpdatePackageDocument,
    "\n  mutation RetirePackage($input: RetirePackageInput!) {\n    retirePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n": typeof types.RetirePackageDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    driver\n    apiBaseUrl\n    regions\n    coop\n    active\n    hasCredentials\n    simulated\n    createdAt\n    offers {\n      kind\n      priceCents\n      capacity\n    }\n  }\n": typeof types.PartnerFieldsFragmentDoc,
    "\n  query Partners {\n    partners {\n      ...PartnerFields\n    }\n  }\n": typeof types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": typeof types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": typeof types.UpdatePartnerDocument,
    "\n  mutation RetirePartner($id: ID!) {\n    retirePartner(id: $id) {\n      ...PartnerFields\n    }\n  }\n": typeof types.RetirePartnerDocument,
    "\n  mutation TestPartnerConnection($id: ID!) {\n    testPartnerConnection(id: $id) {\n      ok\n      message\n    }\n  }\n": typeof types.TestPartnerConnectionDocument,
    "\n  fragment EconomicsFields on Economics {\n    currency\n    overheadBasisPoints\n    total {\n      ...EconomicsGroupFields\n    }\n    byPackage {\n      ...EconomicsGroupFields\n    }\n    byPartner {\n      ...EconomicsGroupFields\n    }\n  }\n": typeof types.EconomicsFieldsFragmentDoc,
    "\n  fragment EconomicsGroupFields on EconomicsGroup {\n    key\n    services\n    monthlyRevenue\n    partnerCostMonthly\n    marginMonthly\n    breakEvenRevenue\n    coversOverhead\n    arithmetic\n  }\n": typeof types.EconomicsGroupFieldsFragmentDoc,
    "\n  query Economics($currency: String!) {\n    economics(currency: $currency) {\n      ...EconomicsFields\n    }\n  }\n": typeof types.EconomicsDocument,
    "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      ...EconomicsFields\n    }\n  }\n": typeof types.UpdateBillingSettingsDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    staffRole\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Packages {\n    packages {\n      id\n      slug\n      name\n      description\n      prices {\n        id\n        cycle\n        amount\n        currency\n        formattedAmount\n      }\n    }\n  }\n": typeof types.PackagesDocument,
    "\n  mutation PurchasePackage($input: PurchasePackageInput!) {\n    purchasePackage(input: $input) {\n      checkoutUrl\n      order {\n        id\n        status\n        domain\n        serviceId\n      }\n      invoice {\n        id\n        number\n        formattedAmount\n        status\n        dueAt\n      }\n    }\n  }\n": typeof types.PurchasePackageDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    amount\n    currency\n    formattedAmount\n    status\n    gateway\n    dueAt\n    paidAt\n    payUrl\n    createdAt\n    lines {\n      description\n      amount\n      currency\n    }\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  query Invoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.MarkInvoicePaidDocument,
    "\n  query MyClients {\n    myClients {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.MyClientsDocument,
    "\n  query Client($slug: String!) {\n    client(slug: $slug) {\n      id\n      name\n      slug\n      billingEmail\n      createdAt\n      myRole\n      members {\n        id\n        name\n        email\n        role\n        joinedAt\n      }\n    }\n  }\n": typeof types.ClientDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.CreateClientDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation LeaveClient($input: LeaveClientInput!) {\n    leaveClient(input: $input)\n  }\n": typeof types.LeaveClientDocument,
    "\n  query DashboardTickets($clientId: ID!) {\n    myTickets(first: 5, filter: { clientId: $clientId, status: [NEW, OPEN, PENDING_CLIENT, ON_HOLD] }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          displayNumber\n          subject\n          status\n        }\n      }\n    }\n  }\n": typeof types.DashboardTicketsDocument,
    "\n  query DashboardServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      id\n      domain\n      status\n      suspensionReason\n    }\n  }\n": typeof types.DashboardServicesDocument,
    "\n  query DashboardInvoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      id\n      number\n      status\n      formattedAmount\n      dueAt\n    }\n  }\n": typeof types.DashboardInvoicesDocument,
    "\n  query OpsClients($first: Int!, $after: String, $filter: ClientsFilter) {\n    clients(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          slug\n          billingEmail\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.OpsClientsDocument,
    "\n  query StaffUsers($first: Int!, $filter: UsersFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          staffRole\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.StaffUsersDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      staffRole\n    }\n  }\n": typeof types.SetStaffRoleDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    clientId\n    domain\n    status\n    suspensionReason\n    cycle\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    createdAt\n    package {\n      id\n      slug\n      name\n    }\n    resources {\n      id\n      kind\n      key\n      status\n      lastError\n      placementReason\n      simulated\n      updatedAt\n      partner {\n        id\n        name\n        coop\n      }\n      outputs {\n        name\n        value\n      }\n      timeline {\n        id\n        at\n        step\n        outcome\n        message\n      }\n    }\n  }\n": typeof types.ServiceFieldsFragmentDoc,
    "\n  query MyServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      ...ServiceFields\n    }\n  }\n": typeof types.MyServicesDocument,
    "\n  query MailDnsRecords($serviceId: ID!) {\n    serviceMailDnsRecords(serviceId: $serviceId) {\n      type\n      name\n      value\n      priority\n    }\n  }\n": typeof types.MailDnsRecordsDocument,
    "\n  query OpsServices($filter: ServicesFilter, $first: Int!) {\n    services(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n": typeof types.OpsServicesDocument,
    "\n  mutation RetryProvisioning($serviceId: ID!) {\n    retryProvisioning(serviceId: $serviceId) {\n      ...ServiceFields\n    }\n  }\n": typeof types.RetryProvisioningDocument,
    "\n  mutation SuspendService($input: SuspendServiceInput!) {\n    suspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": typeof types.SuspendServiceDocument,
    "\n  mutation UnsuspendService($input: UnsuspendServiceInput!) {\n    unsuspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": typeof types.UnsuspendServiceDocument,
    "\n  mutation CancelService($input: CancelServiceInput!) {\n    cancelService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": typeof types.CancelServiceDocument,
    "\n  mutation ChangeServicePackage($input: ChangeServicePackageInput!) {\n    changeServicePackage(input: $input) {\n      ...ServiceFields\n    }\n  }\n": typeof types.ChangeServicePackageDocument,
    "\n  query LinkedService($id: ID!) {\n    service(id: $id) {\n      id\n      domain\n      status\n      suspensionReason\n      package {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LinkedServiceDocument,
    "\n  fragment QueueRow on Ticket {\n    ...TicketRow\n    labels\n    workingGroup {\n      id\n      slug\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    sla {\n      firstResponse {\n        dueAt\n        state\n        paused\n      }\n      resolution {\n        dueAt\n        state\n        paused\n      }\n    }\n  }\n": typeof types.QueueRowFragmentDoc,
    "\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilterInput, $orderBy: TicketOrder, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QueueRow\n        }\n      }\n    }\n  }\n": typeof types.TicketQueueDocument,
    "\n  query TicketQueueCounts($filter: TicketQueueFilterInput) {\n    ticketQueueCounts(filter: $filter) {\n      triage\n      highPriority\n      mine\n      unassigned\n      escalated\n      open\n      done\n    }\n  }\n": typeof types.TicketQueueCountsDocument,
    "\n  subscription TicketQueueChanged($view: TicketQueueView!) {\n    ticketQueueChanged(view: $view) {\n      kind\n      view\n      ticket {\n        ...QueueRow\n      }\n    }\n  }\n": typeof types.TicketQueueChangedDocument,
    "\n  mutation ClaimNextTicket($input: ClaimNextTicketInput) {\n    claimNextTicket(input: $input) {\n      ...QueueRow\n    }\n  }\n": typeof types.ClaimNextTicketDocument,
    "\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      allOk\n      results {\n        ticketId\n        ok\n        errorCode\n        errorMessage\n        ticket {\n          ...QueueRow\n        }\n      }\n    }\n  }\n": typeof types.BulkUpdateTicketsDocument,
    "\n  query StaffTicket($number: Int!) {\n    ticket(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.StaffTicketDocument,
    "\n  fragment StaffTicketFields on Ticket {\n    ...TicketThread\n    ...QueueRow\n    serviceId\n    updatedAt\n    events {\n      at\n      kind\n      actor\n      from\n      to\n    }\n    watchers {\n      id\n      name\n    }\n    links {\n      kind\n      direction\n      ticket {\n        id\n        number\n        subject\n        status\n      }\n    }\n  }\n": typeof types.StaffTicketFieldsFragmentDoc,
    "\n  subscription StaffTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.StaffTicketUpdatedDocument,
    "\n  mutation AddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.AddInternalNoteDocument,
    "\n  mutation StaffReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.StaffReplyDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.UpdateTicketDocument,
    "\n  query TicketByNumber($number: Int!) {\n    ticket(number: $number) {\n      id\n      number\n      displayNumber\n      subject\n      status\n      version\n      client {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TicketByNumberDocument,
    "\n  mutation LinkTickets($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.LinkTicketsDocument,
    "\n  mutation UnlinkTickets($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.UnlinkTicketsDocument,
    "\n  mutation MergeTickets($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.MergeTicketsDocument,
    "\n  mutation WatchTicket($input: WatchTicketInput!) {\n    watchTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": typeof types.WatchTicketDocument,
    "\n  query TicketSettings {\n    ticketSettings {\n      workingGroups {\n        id\n        slug\n        name\n      }\n      sla {\n        priority\n        firstResponseMinutes\n        resolutionMinutes\n      }\n      autoCloseDays\n    }\n  }\n": typeof types.TicketSettingsDocument,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    displayNumber\n    subject\n    status\n    priority\n    lastActivityAt\n    createdAt\n    messageCount\n    version\n    client {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  fragment TicketThread on Ticket {\n    ...TicketRow\n    body\n    availableMoves\n    mergedIntoNumber\n    serviceId\n    requester {\n      id\n      name\n    }\n    messages {\n      id\n      kind\n      body\n      author\n      fromStaff\n      createdAt\n    }\n  }\n": typeof types.TicketThreadFragmentDoc,
    "\n  query MyTickets($filter: MyTicketsFilter, $first: Int!, $after: String) {\n    myTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query ClientTicket($number: Int!) {\n    ticket(number: $number) {\n      ...TicketThread\n    }\n  }\n": typeof types.ClientTicketDocument,
    "\n  subscription ClientTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...TicketThread\n    }\n  }\n": typeof types.ClientTicketUpdatedDocument,
    "\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n": typeof types.FileTicketDocument,
    "\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n": typeof types.ReplyToTicketDocument,
    "\n  mutation CloseTicket($input: TicketVersionInput!) {\n    closeTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n": typeof types.CloseTicketDocument,
    "\n  mutation ReopenTicket($input: TicketVersionInput!) {\n    reopenTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n": typeof types.ReopenTicketDocument,
    "\n  query TriageRota($weeks: Int!) {\n    triageDuty {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n    triageRota(weeks: $weeks) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TriageRotaDocument,
    "\n  mutation SetTriageRota($input: SetTriageRotaInput!) {\n    setTriageRota(input: $input) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SetTriageRotaDocument,
    "\n  mutation ClearTriageRota($weekStart: String!) {\n    clearTriageRota(weekStart: $weekStart)\n  }\n": typeof types.ClearTriageRotaDocument,
};
const documents: Documents = {
    "\n  fragment AdminPackageFields on Package {\n    id\n    slug\n    name\n    description\n    spec\n    active\n    graceDays\n    suspensionDays\n    prices {\n      id\n      cycle\n      amount\n      currency\n      formattedAmount\n      partnerCost\n    }\n  }\n": types.AdminPackageFieldsFragmentDoc,
    "\n  query AllPackages {\n    allPackages {\n      ...AdminPackageFields\n    }\n  }\n": types.AllPackagesDocument,
    "\n  mutation CreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n": types.CreatePackageDocument,
    "\n  mutation UpdatePackage($input: UpdatePackageInput!) {\n    updatePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n": types.UpdatePackageDocument,
    "\n  mutation RetirePackage($input: RetirePackageInput!) {\n    retirePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n": types.RetirePackageDocument,
    "\n  fragment PartnerFields on Partner {\n    id\n    name\n    driver\n    apiBaseUrl\n    regions\n    coop\n    active\n    hasCredentials\n    simulated\n    createdAt\n    offers {\n      kind\n      priceCents\n      capacity\n    }\n  }\n": types.PartnerFieldsFragmentDoc,
    "\n  query Partners {\n    partners {\n      ...PartnerFields\n    }\n  }\n": types.PartnersDocument,
    "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": types.CreatePartnerDocument,
    "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n": types.UpdatePartnerDocument,
    "\n  mutation RetirePartner($id: ID!) {\n    retirePartner(id: $id) {\n      ...PartnerFields\n    }\n  }\n": types.RetirePartnerDocument,
    "\n  mutation TestPartnerConnection($id: ID!) {\n    testPartnerConnection(id: $id) {\n      ok\n      message\n    }\n  }\n": types.TestPartnerConnectionDocument,
    "\n  fragment EconomicsFields on Economics {\n    currency\n    overheadBasisPoints\n    total {\n      ...EconomicsGroupFields\n    }\n    byPackage {\n      ...EconomicsGroupFields\n    }\n    byPartner {\n      ...EconomicsGroupFields\n    }\n  }\n": types.EconomicsFieldsFragmentDoc,
    "\n  fragment EconomicsGroupFields on EconomicsGroup {\n    key\n    services\n    monthlyRevenue\n    partnerCostMonthly\n    marginMonthly\n    breakEvenRevenue\n    coversOverhead\n    arithmetic\n  }\n": types.EconomicsGroupFieldsFragmentDoc,
    "\n  query Economics($currency: String!) {\n    economics(currency: $currency) {\n      ...EconomicsFields\n    }\n  }\n": types.EconomicsDocument,
    "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      ...EconomicsFields\n    }\n  }\n": types.UpdateBillingSettingsDocument,
    "\n  fragment SessionUser on User {\n    id\n    email\n    name\n    staffRole\n  }\n": types.SessionUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      expiresAt\n      user {\n        ...SessionUser\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Packages {\n    packages {\n      id\n      slug\n      name\n      description\n      prices {\n        id\n        cycle\n        amount\n        currency\n        formattedAmount\n      }\n    }\n  }\n": types.PackagesDocument,
    "\n  mutation PurchasePackage($input: PurchasePackageInput!) {\n    purchasePackage(input: $input) {\n      checkoutUrl\n      order {\n        id\n        status\n        domain\n        serviceId\n      }\n      invoice {\n        id\n        number\n        formattedAmount\n        status\n        dueAt\n      }\n    }\n  }\n": types.PurchasePackageDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    amount\n    currency\n    formattedAmount\n    status\n    gateway\n    dueAt\n    paidAt\n    payUrl\n    createdAt\n    lines {\n      description\n      amount\n      currency\n    }\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  query Invoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoicesDocument,
    "\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      ...InvoiceFields\n    }\n  }\n": types.MarkInvoicePaidDocument,
    "\n  query MyClients {\n    myClients {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.MyClientsDocument,
    "\n  query Client($slug: String!) {\n    client(slug: $slug) {\n      id\n      name\n      slug\n      billingEmail\n      createdAt\n      myRole\n      members {\n        id\n        name\n        email\n        role\n        joinedAt\n      }\n    }\n  }\n": types.ClientDocument,
    "\n  mutation CreateClient($input: CreateClientInput!) {\n    createClient(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.CreateClientDocument,
    "\n  mutation InviteMember($input: InviteMemberInput!) {\n    inviteMember(input: $input) {\n      token\n      invitation {\n        id\n        email\n        expiresAt\n      }\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      name\n      slug\n      myRole\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RemoveMember($input: RemoveMemberInput!) {\n    removeMember(input: $input)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation LeaveClient($input: LeaveClientInput!) {\n    leaveClient(input: $input)\n  }\n": types.LeaveClientDocument,
    "\n  query DashboardTickets($clientId: ID!) {\n    myTickets(first: 5, filter: { clientId: $clientId, status: [NEW, OPEN, PENDING_CLIENT, ON_HOLD] }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          displayNumber\n          subject\n          status\n        }\n      }\n    }\n  }\n": types.DashboardTicketsDocument,
    "\n  query DashboardServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      id\n      domain\n      status\n      suspensionReason\n    }\n  }\n": types.DashboardServicesDocument,
    "\n  query DashboardInvoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      id\n      number\n      status\n      formattedAmount\n      dueAt\n    }\n  }\n": types.DashboardInvoicesDocument,
    "\n  query OpsClients($first: Int!, $after: String, $filter: ClientsFilter) {\n    clients(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          slug\n          billingEmail\n          createdAt\n        }\n      }\n    }\n  }\n": types.OpsClientsDocument,
    "\n  query StaffUsers($first: Int!, $filter: UsersFilter) {\n    users(first: $first, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          email\n          staffRole\n          createdAt\n        }\n      }\n    }\n  }\n": types.StaffUsersDocument,
    "\n  mutation SetStaffRole($input: SetStaffRoleInput!) {\n    setStaffRole(input: $input) {\n      id\n      staffRole\n    }\n  }\n": types.SetStaffRoleDocument,
    "\n  fragment ServiceFields on Service {\n    id\n    clientId\n    domain\n    status\n    suspensionReason\n    cycle\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    createdAt\n    package {\n      id\n      slug\n      name\n    }\n    resources {\n      id\n      kind\n      key\n      status\n      lastError\n      placementReason\n      simulated\n      updatedAt\n      partner {\n        id\n        name\n        coop\n      }\n      outputs {\n        name\n        value\n      }\n      timeline {\n        id\n        at\n        step\n        outcome\n        message\n      }\n    }\n  }\n": types.ServiceFieldsFragmentDoc,
    "\n  query MyServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      ...ServiceFields\n    }\n  }\n": types.MyServicesDocument,
    "\n  query MailDnsRecords($serviceId: ID!) {\n    serviceMailDnsRecords(serviceId: $serviceId) {\n      type\n      name\n      value\n      priority\n    }\n  }\n": types.MailDnsRecordsDocument,
    "\n  query OpsServices($filter: ServicesFilter, $first: Int!) {\n    services(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n": types.OpsServicesDocument,
    "\n  mutation RetryProvisioning($serviceId: ID!) {\n    retryProvisioning(serviceId: $serviceId) {\n      ...ServiceFields\n    }\n  }\n": types.RetryProvisioningDocument,
    "\n  mutation SuspendService($input: SuspendServiceInput!) {\n    suspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": types.SuspendServiceDocument,
    "\n  mutation UnsuspendService($input: UnsuspendServiceInput!) {\n    unsuspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": types.UnsuspendServiceDocument,
    "\n  mutation CancelService($input: CancelServiceInput!) {\n    cancelService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": types.CancelServiceDocument,
    "\n  mutation ChangeServicePackage($input: ChangeServicePackageInput!) {\n    changeServicePackage(input: $input) {\n      ...ServiceFields\n    }\n  }\n": types.ChangeServicePackageDocument,
    "\n  query LinkedService($id: ID!) {\n    service(id: $id) {\n      id\n      domain\n      status\n      suspensionReason\n      package {\n        id\n        name\n      }\n    }\n  }\n": types.LinkedServiceDocument,
    "\n  fragment QueueRow on Ticket {\n    ...TicketRow\n    labels\n    workingGroup {\n      id\n      slug\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    sla {\n      firstResponse {\n        dueAt\n        state\n        paused\n      }\n      resolution {\n        dueAt\n        state\n        paused\n      }\n    }\n  }\n": types.QueueRowFragmentDoc,
    "\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilterInput, $orderBy: TicketOrder, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QueueRow\n        }\n      }\n    }\n  }\n": types.TicketQueueDocument,
    "\n  query TicketQueueCounts($filter: TicketQueueFilterInput) {\n    ticketQueueCounts(filter: $filter) {\n      triage\n      highPriority\n      mine\n      unassigned\n      escalated\n      open\n      done\n    }\n  }\n": types.TicketQueueCountsDocument,
    "\n  subscription TicketQueueChanged($view: TicketQueueView!) {\n    ticketQueueChanged(view: $view) {\n      kind\n      view\n      ticket {\n        ...QueueRow\n      }\n    }\n  }\n": types.TicketQueueChangedDocument,
    "\n  mutation ClaimNextTicket($input: ClaimNextTicketInput) {\n    claimNextTicket(input: $input) {\n      ...QueueRow\n    }\n  }\n": types.ClaimNextTicketDocument,
    "\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      allOk\n      results {\n        ticketId\n        ok\n        errorCode\n        errorMessage\n        ticket {\n          ...QueueRow\n        }\n      }\n    }\n  }\n": types.BulkUpdateTicketsDocument,
    "\n  query StaffTicket($number: Int!) {\n    ticket(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n": types.StaffTicketDocument,
    "\n  fragment StaffTicketFields on Ticket {\n    ...TicketThread\n    ...QueueRow\n    serviceId\n    updatedAt\n    events {\n      at\n      kind\n      actor\n      from\n      to\n    }\n    watchers {\n      id\n      name\n    }\n    links {\n      kind\n      direction\n      ticket {\n        id\n        number\n        subject\n        status\n      }\n    }\n  }\n": types.StaffTicketFieldsFragmentDoc,
    "\n  subscription StaffTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n": types.StaffTicketUpdatedDocument,
    "\n  mutation AddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": types.AddInternalNoteDocument,
    "\n  mutation StaffReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": types.StaffReplyDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": types.UpdateTicketDocument,
    "\n  query TicketByNumber($number: Int!) {\n    ticket(number: $number) {\n      id\n      number\n      displayNumber\n      subject\n      status\n      version\n      client {\n        id\n        name\n      }\n    }\n  }\n": types.TicketByNumberDocument,
    "\n  mutation LinkTickets($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": types.LinkTicketsDocument,
    "\n  mutation UnlinkTickets($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": types.UnlinkTicketsDocument,
    "\n  mutation MergeTickets($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": types.MergeTicketsDocument,
    "\n  mutation WatchTicket($input: WatchTicketInput!) {\n    watchTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n": types.WatchTicketDocument,
    "\n  query TicketSettings {\n    ticketSettings {\n      workingGroups {\n        id\n        slug\n        name\n      }\n      sla {\n        priority\n        firstResponseMinutes\n        resolutionMinutes\n      }\n      autoCloseDays\n    }\n  }\n": types.TicketSettingsDocument,
    "\n  fragment TicketRow on Ticket {\n    id\n    number\n    displayNumber\n    subject\n    status\n    priority\n    lastActivityAt\n    createdAt\n    messageCount\n    version\n    client {\n      id\n      name\n      slug\n    }\n  }\n": types.TicketRowFragmentDoc,
    "\n  fragment TicketThread on Ticket {\n    ...TicketRow\n    body\n    availableMoves\n    mergedIntoNumber\n    serviceId\n    requester {\n      id\n      name\n    }\n    messages {\n      id\n      kind\n      body\n      author\n      fromStaff\n      createdAt\n    }\n  }\n": types.TicketThreadFragmentDoc,
    "\n  query MyTickets($filter: MyTicketsFilter, $first: Int!, $after: String) {\n    myTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n  }\n": types.MyTicketsDocument,
    "\n  query ClientTicket($number: Int!) {\n    ticket(number: $number) {\n      ...TicketThread\n    }\n  }\n": types.ClientTicketDocument,
    "\n  subscription ClientTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...TicketThread\n    }\n  }\n": types.ClientTicketUpdatedDocument,
    "\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n": types.FileTicketDocument,
    "\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n": types.ReplyToTicketDocument,
    "\n  mutation CloseTicket($input: TicketVersionInput!) {\n    closeTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n": types.CloseTicketDocument,
    "\n  mutation ReopenTicket($input: TicketVersionInput!) {\n    reopenTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n": types.ReopenTicketDocument,
    "\n  query TriageRota($weeks: Int!) {\n    triageDuty {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n    triageRota(weeks: $weeks) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.TriageRotaDocument,
    "\n  mutation SetTriageRota($input: SetTriageRotaInput!) {\n    setTriageRota(input: $input) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.SetTriageRotaDocument,
    "\n  mutation ClearTriageRota($weekStart: String!) {\n    clearTriageRota(weekStart: $weekStart)\n  }\n": types.ClearTriageRotaDocument,
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
export function graphql(source: "\n  fragment AdminPackageFields on Package {\n    id\n    slug\n    name\n    description\n    spec\n    active\n    graceDays\n    suspensionDays\n    prices {\n      id\n      cycle\n      amount\n      currency\n      formattedAmount\n      partnerCost\n    }\n  }\n"): (typeof documents)["\n  fragment AdminPackageFields on Package {\n    id\n    slug\n    name\n    description\n    spec\n    active\n    graceDays\n    suspensionDays\n    prices {\n      id\n      cycle\n      amount\n      currency\n      formattedAmount\n      partnerCost\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllPackages {\n    allPackages {\n      ...AdminPackageFields\n    }\n  }\n"): (typeof documents)["\n  query AllPackages {\n    allPackages {\n      ...AdminPackageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePackage($input: CreatePackageInput!) {\n    createPackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePackage($input: UpdatePackageInput!) {\n    updatePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePackage($input: UpdatePackageInput!) {\n    updatePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetirePackage($input: RetirePackageInput!) {\n    retirePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetirePackage($input: RetirePackageInput!) {\n    retirePackage(input: $input) {\n      ...AdminPackageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFields on Partner {\n    id\n    name\n    driver\n    apiBaseUrl\n    regions\n    coop\n    active\n    hasCredentials\n    simulated\n    createdAt\n    offers {\n      kind\n      priceCents\n      capacity\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerFields on Partner {\n    id\n    name\n    driver\n    apiBaseUrl\n    regions\n    coop\n    active\n    hasCredentials\n    simulated\n    createdAt\n    offers {\n      kind\n      priceCents\n      capacity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Partners {\n    partners {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  query Partners {\n    partners {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartner($input: CreatePartnerInput!) {\n    createPartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePartner($input: UpdatePartnerInput!) {\n    updatePartner(input: $input) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetirePartner($id: ID!) {\n    retirePartner(id: $id) {\n      ...PartnerFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetirePartner($id: ID!) {\n    retirePartner(id: $id) {\n      ...PartnerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestPartnerConnection($id: ID!) {\n    testPartnerConnection(id: $id) {\n      ok\n      message\n    }\n  }\n"): (typeof documents)["\n  mutation TestPartnerConnection($id: ID!) {\n    testPartnerConnection(id: $id) {\n      ok\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EconomicsFields on Economics {\n    currency\n    overheadBasisPoints\n    total {\n      ...EconomicsGroupFields\n    }\n    byPackage {\n      ...EconomicsGroupFields\n    }\n    byPartner {\n      ...EconomicsGroupFields\n    }\n  }\n"): (typeof documents)["\n  fragment EconomicsFields on Economics {\n    currency\n    overheadBasisPoints\n    total {\n      ...EconomicsGroupFields\n    }\n    byPackage {\n      ...EconomicsGroupFields\n    }\n    byPartner {\n      ...EconomicsGroupFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EconomicsGroupFields on EconomicsGroup {\n    key\n    services\n    monthlyRevenue\n    partnerCostMonthly\n    marginMonthly\n    breakEvenRevenue\n    coversOverhead\n    arithmetic\n  }\n"): (typeof documents)["\n  fragment EconomicsGroupFields on EconomicsGroup {\n    key\n    services\n    monthlyRevenue\n    partnerCostMonthly\n    marginMonthly\n    breakEvenRevenue\n    coversOverhead\n    arithmetic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Economics($currency: String!) {\n    economics(currency: $currency) {\n      ...EconomicsFields\n    }\n  }\n"): (typeof documents)["\n  query Economics($currency: String!) {\n    economics(currency: $currency) {\n      ...EconomicsFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      ...EconomicsFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      ...EconomicsFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query Packages {\n    packages {\n      id\n      slug\n      name\n      description\n      prices {\n        id\n        cycle\n        amount\n        currency\n        formattedAmount\n      }\n    }\n  }\n"): (typeof documents)["\n  query Packages {\n    packages {\n      id\n      slug\n      name\n      description\n      prices {\n        id\n        cycle\n        amount\n        currency\n        formattedAmount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PurchasePackage($input: PurchasePackageInput!) {\n    purchasePackage(input: $input) {\n      checkoutUrl\n      order {\n        id\n        status\n        domain\n        serviceId\n      }\n      invoice {\n        id\n        number\n        formattedAmount\n        status\n        dueAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PurchasePackage($input: PurchasePackageInput!) {\n    purchasePackage(input: $input) {\n      checkoutUrl\n      order {\n        id\n        status\n        domain\n        serviceId\n      }\n      invoice {\n        id\n        number\n        formattedAmount\n        status\n        dueAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    amount\n    currency\n    formattedAmount\n    status\n    gateway\n    dueAt\n    paidAt\n    payUrl\n    createdAt\n    lines {\n      description\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id\n    number\n    amount\n    currency\n    formattedAmount\n    status\n    gateway\n    dueAt\n    paidAt\n    payUrl\n    createdAt\n    lines {\n      description\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  query Invoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      ...InvoiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      ...InvoiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkInvoicePaid($input: MarkInvoicePaidInput!) {\n    markInvoicePaid(input: $input) {\n      ...InvoiceFields\n    }\n  }\n"];
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
export function graphql(source: "\n  query DashboardTickets($clientId: ID!) {\n    myTickets(first: 5, filter: { clientId: $clientId, status: [NEW, OPEN, PENDING_CLIENT, ON_HOLD] }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          displayNumber\n          subject\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTickets($clientId: ID!) {\n    myTickets(first: 5, filter: { clientId: $clientId, status: [NEW, OPEN, PENDING_CLIENT, ON_HOLD] }) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          displayNumber\n          subject\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      id\n      domain\n      status\n      suspensionReason\n    }\n  }\n"): (typeof documents)["\n  query DashboardServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      id\n      domain\n      status\n      suspensionReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardInvoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      id\n      number\n      status\n      formattedAmount\n      dueAt\n    }\n  }\n"): (typeof documents)["\n  query DashboardInvoices($clientId: ID!) {\n    invoices(clientId: $clientId) {\n      id\n      number\n      status\n      formattedAmount\n      dueAt\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceFields on Service {\n    id\n    clientId\n    domain\n    status\n    suspensionReason\n    cycle\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    createdAt\n    package {\n      id\n      slug\n      name\n    }\n    resources {\n      id\n      kind\n      key\n      status\n      lastError\n      placementReason\n      simulated\n      updatedAt\n      partner {\n        id\n        name\n        coop\n      }\n      outputs {\n        name\n        value\n      }\n      timeline {\n        id\n        at\n        step\n        outcome\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceFields on Service {\n    id\n    clientId\n    domain\n    status\n    suspensionReason\n    cycle\n    currentPeriodEnd\n    cancelAtPeriodEnd\n    createdAt\n    package {\n      id\n      slug\n      name\n    }\n    resources {\n      id\n      kind\n      key\n      status\n      lastError\n      placementReason\n      simulated\n      updatedAt\n      partner {\n        id\n        name\n        coop\n      }\n      outputs {\n        name\n        value\n      }\n      timeline {\n        id\n        at\n        step\n        outcome\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  query MyServices($clientId: ID!) {\n    myServices(clientId: $clientId) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailDnsRecords($serviceId: ID!) {\n    serviceMailDnsRecords(serviceId: $serviceId) {\n      type\n      name\n      value\n      priority\n    }\n  }\n"): (typeof documents)["\n  query MailDnsRecords($serviceId: ID!) {\n    serviceMailDnsRecords(serviceId: $serviceId) {\n      type\n      name\n      value\n      priority\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpsServices($filter: ServicesFilter, $first: Int!) {\n    services(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OpsServices($filter: ServicesFilter, $first: Int!) {\n    services(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...ServiceFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryProvisioning($serviceId: ID!) {\n    retryProvisioning(serviceId: $serviceId) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetryProvisioning($serviceId: ID!) {\n    retryProvisioning(serviceId: $serviceId) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendService($input: SuspendServiceInput!) {\n    suspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendService($input: SuspendServiceInput!) {\n    suspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsuspendService($input: UnsuspendServiceInput!) {\n    unsuspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnsuspendService($input: UnsuspendServiceInput!) {\n    unsuspendService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelService($input: CancelServiceInput!) {\n    cancelService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelService($input: CancelServiceInput!) {\n    cancelService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeServicePackage($input: ChangeServicePackageInput!) {\n    changeServicePackage(input: $input) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeServicePackage($input: ChangeServicePackageInput!) {\n    changeServicePackage(input: $input) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkedService($id: ID!) {\n    service(id: $id) {\n      id\n      domain\n      status\n      suspensionReason\n      package {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkedService($id: ID!) {\n    service(id: $id) {\n      id\n      domain\n      status\n      suspensionReason\n      package {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QueueRow on Ticket {\n    ...TicketRow\n    labels\n    workingGroup {\n      id\n      slug\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    sla {\n      firstResponse {\n        dueAt\n        state\n        paused\n      }\n      resolution {\n        dueAt\n        state\n        paused\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QueueRow on Ticket {\n    ...TicketRow\n    labels\n    workingGroup {\n      id\n      slug\n      name\n    }\n    assignee {\n      id\n      name\n    }\n    sla {\n      firstResponse {\n        dueAt\n        state\n        paused\n      }\n      resolution {\n        dueAt\n        state\n        paused\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilterInput, $orderBy: TicketOrder, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QueueRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketQueue($view: TicketQueueView!, $filter: TicketQueueFilterInput, $orderBy: TicketOrder, $first: Int!, $after: String) {\n    ticketQueue(view: $view, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...QueueRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueueCounts($filter: TicketQueueFilterInput) {\n    ticketQueueCounts(filter: $filter) {\n      triage\n      highPriority\n      mine\n      unassigned\n      escalated\n      open\n      done\n    }\n  }\n"): (typeof documents)["\n  query TicketQueueCounts($filter: TicketQueueFilterInput) {\n    ticketQueueCounts(filter: $filter) {\n      triage\n      highPriority\n      mine\n      unassigned\n      escalated\n      open\n      done\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketQueueChanged($view: TicketQueueView!) {\n    ticketQueueChanged(view: $view) {\n      kind\n      view\n      ticket {\n        ...QueueRow\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TicketQueueChanged($view: TicketQueueView!) {\n    ticketQueueChanged(view: $view) {\n      kind\n      view\n      ticket {\n        ...QueueRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNextTicket($input: ClaimNextTicketInput) {\n    claimNextTicket(input: $input) {\n      ...QueueRow\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimNextTicket($input: ClaimNextTicketInput) {\n    claimNextTicket(input: $input) {\n      ...QueueRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      allOk\n      results {\n        ticketId\n        ok\n        errorCode\n        errorMessage\n        ticket {\n          ...QueueRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BulkUpdateTickets($input: BulkUpdateTicketsInput!) {\n    bulkUpdateTickets(input: $input) {\n      allOk\n      results {\n        ticketId\n        ok\n        errorCode\n        errorMessage\n        ticket {\n          ...QueueRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffTicket($number: Int!) {\n    ticket(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  query StaffTicket($number: Int!) {\n    ticket(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffTicketFields on Ticket {\n    ...TicketThread\n    ...QueueRow\n    serviceId\n    updatedAt\n    events {\n      at\n      kind\n      actor\n      from\n      to\n    }\n    watchers {\n      id\n      name\n    }\n    links {\n      kind\n      direction\n      ticket {\n        id\n        number\n        subject\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment StaffTicketFields on Ticket {\n    ...TicketThread\n    ...QueueRow\n    serviceId\n    updatedAt\n    events {\n      at\n      kind\n      actor\n      from\n      to\n    }\n    watchers {\n      id\n      name\n    }\n    links {\n      kind\n      direction\n      ticket {\n        id\n        number\n        subject\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StaffTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  subscription StaffTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddInternalNote($input: AddInternalNoteInput!) {\n    addInternalNote(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StaffReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation StaffReply($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketByNumber($number: Int!) {\n    ticket(number: $number) {\n      id\n      number\n      displayNumber\n      subject\n      status\n      version\n      client {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TicketByNumber($number: Int!) {\n    ticket(number: $number) {\n      id\n      number\n      displayNumber\n      subject\n      status\n      version\n      client {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTickets($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation LinkTickets($input: LinkTicketsInput!) {\n    linkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTickets($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkTickets($input: LinkTicketsInput!) {\n    unlinkTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeTickets($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation MergeTickets($input: MergeTicketsInput!) {\n    mergeTickets(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WatchTicket($input: WatchTicketInput!) {\n    watchTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"): (typeof documents)["\n  mutation WatchTicket($input: WatchTicketInput!) {\n    watchTicket(input: $input) {\n      ...StaffTicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketSettings {\n    ticketSettings {\n      workingGroups {\n        id\n        slug\n        name\n      }\n      sla {\n        priority\n        firstResponseMinutes\n        resolutionMinutes\n      }\n      autoCloseDays\n    }\n  }\n"): (typeof documents)["\n  query TicketSettings {\n    ticketSettings {\n      workingGroups {\n        id\n        slug\n        name\n      }\n      sla {\n        priority\n        firstResponseMinutes\n        resolutionMinutes\n      }\n      autoCloseDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    id\n    number\n    displayNumber\n    subject\n    status\n    priority\n    lastActivityAt\n    createdAt\n    messageCount\n    version\n    client {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    id\n    number\n    displayNumber\n    subject\n    status\n    priority\n    lastActivityAt\n    createdAt\n    messageCount\n    version\n    client {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketThread on Ticket {\n    ...TicketRow\n    body\n    availableMoves\n    mergedIntoNumber\n    serviceId\n    requester {\n      id\n      name\n    }\n    messages {\n      id\n      kind\n      body\n      author\n      fromStaff\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment TicketThread on Ticket {\n    ...TicketRow\n    body\n    availableMoves\n    mergedIntoNumber\n    serviceId\n    requester {\n      id\n      name\n    }\n    messages {\n      id\n      kind\n      body\n      author\n      fromStaff\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets($filter: MyTicketsFilter, $first: Int!, $after: String) {\n    myTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTickets($filter: MyTicketsFilter, $first: Int!, $after: String) {\n    myTickets(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...TicketRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientTicket($number: Int!) {\n    ticket(number: $number) {\n      ...TicketThread\n    }\n  }\n"): (typeof documents)["\n  query ClientTicket($number: Int!) {\n    ticket(number: $number) {\n      ...TicketThread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ClientTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...TicketThread\n    }\n  }\n"): (typeof documents)["\n  subscription ClientTicketUpdated($number: Int!) {\n    ticketUpdated(number: $number) {\n      ...TicketThread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n"): (typeof documents)["\n  mutation FileTicket($input: FileTicketInput!) {\n    fileTicket(input: $input) {\n      ...TicketRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTicket($input: TicketVersionInput!) {\n    closeTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n"): (typeof documents)["\n  mutation CloseTicket($input: TicketVersionInput!) {\n    closeTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenTicket($input: TicketVersionInput!) {\n    reopenTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenTicket($input: TicketVersionInput!) {\n    reopenTicket(input: $input) {\n      ...TicketThread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TriageRota($weeks: Int!) {\n    triageDuty {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n    triageRota(weeks: $weeks) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TriageRota($weeks: Int!) {\n    triageDuty {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n    triageRota(weeks: $weeks) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTriageRota($input: SetTriageRotaInput!) {\n    setTriageRota(input: $input) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTriageRota($input: SetTriageRotaInput!) {\n    setTriageRota(input: $input) {\n      weekStart\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearTriageRota($weekStart: String!) {\n    clearTriageRota(weekStart: $weekStart)\n  }\n"): (typeof documents)["\n  mutation ClearTriageRota($weekStart: String!) {\n    clearTriageRota(weekStart: $weekStart)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;