import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DriverFactory } from '../provisioning/driver-factory';
import { PartnerEntity } from './partner.entity';
import { PartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';
import { SECRETS_CIPHER } from './partners.tokens';
import { SecretsCipher } from './secrets-cipher';

@Module({
  imports: [TypeOrmModule.forFeature([PartnerEntity])],
  providers: [
    { provide: SECRETS_CIPHER, inject: [APP_CONFIG], useFactory: (config: AppConfig) => SecretsCipher.fromConfig(config) },
    DriverFactory,
    PartnersService,
    PartnersResolver,
  ],
  exports: [PartnersService, DriverFactory, SECRETS_CIPHER],
})
export class PartnersModule {}
