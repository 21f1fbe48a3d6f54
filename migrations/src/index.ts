import { CreatePlatform1764190000000 } from './1764190000000-create-platform';
import { CreateTickets1764191000000 } from './1764191000000-create-tickets';
import { CreateProvisioning1764200000000 } from './1764200000000-create-provisioning';
import { CreateBilling1795727600000 } from './1795727600000-create-billing';
import { ReshapeTicketQueueIndexes1795740000000 } from './1795740000000-reshape-ticket-queue-indexes';
import { TicketSearchDocuments1795750000000 } from './1795750000000-ticket-search-documents';

/** Every migration, in the order it runs. Add new ones at the end; never edit one that has landed. */
export const migrations = [
  CreatePlatform1764190000000,
  CreateTickets1764191000000,
  CreateProvisioning1764200000000,
  CreateBilling1795727600000,
  ReshapeTicketQueueIndexes1795740000000,
  TicketSearchDocuments1795750000000,
];
