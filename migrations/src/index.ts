import { CreatePlatform1764190000000 } from './1764190000000-create-platform';
import { CreateTickets1764191000000 } from './1764191000000-create-tickets';

/** Every migration, in the order it runs. Add new ones at the end; never edit one that has landed. */
export const migrations = [CreatePlatform1764190000000, CreateTickets1764191000000];
