import { ObjectType } from '@nestjs/graphql';
import { Paginated } from '../../../common/pagination/connection';
import { ServiceObject } from '../../services/dto/service.object';

@ObjectType()
export class ServiceConnection extends Paginated(ServiceObject, 'Service') {}

/** A service as billing reads it: the shared Service type plus its billing terms (resolved fields). */
export type ServiceWithBilling = ServiceObject & {
  cycle?: string | null;
  currentPeriodEnd?: Date | null;
  cancelAtPeriodEnd?: boolean;
};
