import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientAccessService } from './client-access.service';
import { ClientMemberEntity } from './client-member.entity';
import { ClientEntity } from './client.entity';
import { ClientsResolver } from './clients.resolver';
import { ClientsService } from './clients.service';
import { InvitationEntity } from './invitation.entity';
import { MembershipsService } from './memberships.service';

/** Global so every client-scoped feature can inject ClientAccessService. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ClientEntity, ClientMemberEntity, InvitationEntity])],
  providers: [ClientsService, MembershipsService, ClientAccessService, ClientsResolver],
  exports: [ClientAccessService, ClientsService],
})
export class ClientsModule {}
