import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { PackagePriceEntity } from './package-price.entity';

@Module({
  imports: [TypeOrmModule.forFeature([PackagePriceEntity])],
  providers: [CatalogService, CatalogResolver],
  exports: [CatalogService],
})
export class CatalogModule {}
