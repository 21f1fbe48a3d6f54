import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PackageEntity } from './package.entity';
import { ServiceEntity } from './service.entity';

/** The tables billing and provisioning share: packages and services. */
@Module({
  imports: [TypeOrmModule.forFeature([PackageEntity, ServiceEntity])],
  exports: [TypeOrmModule],
})
export class ServicesModule {}
