import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ClientsModule } from '../clients/clients.module';
import { PartnersModule } from '../partners/partners.module';
import { BackupRetentionService } from './backup-retention.service';
import { OpsMembersService } from './ops-members.service';
import { ProvisioningRunner } from './provisioning-runner.service';
import { ProvisioningResolver } from './provisioning.resolver';
import { ProvisioningService } from './provisioning.service';
import { ProvisioningWorker } from './provisioning.worker';
import { ReconcileService } from './reconcile.service';
import { ResourceRunEntity } from './resource-run.entity';
import { RunLogService } from './run-log.service';
import { ServiceResourceEntity } from './service-resource.entity';
import { ServiceResourcesPresenter } from './service-resources.presenter';

@Module({
  imports: [TypeOrmModule.forFeature([ServiceResourceEntity, ResourceRunEntity]), PartnersModule, ClientsModule],
  providers: [
    OpsMembersService,
    RunLogService,
    ProvisioningRunner,
    ProvisioningService,
    ReconcileService,
    BackupRetentionService,
    ProvisioningWorker,
    ServiceResourcesPresenter,
    ProvisioningResolver,
  ],
  exports: [ProvisioningRunner, ReconcileService, ProvisioningService, BackupRetentionService],
})
export class ProvisioningModule {}
