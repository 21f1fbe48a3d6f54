import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { CatalogService } from './catalog.service';
import { CreatePackageInput, RetirePackageInput, UpdatePackageInput } from './dto/package.inputs';
import { PackageObject } from './dto/package.object';

@Resolver(() => PackageObject)
export class CatalogResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => [PackageObject], { description: 'The packages on sale (public)' })
  packages() {
    return this.catalog.list();
  }

  @Query(() => PackageObject, { description: 'One package by slug (public; retired ones too, for existing services)' })
  package(@Args('slug') slug: string) {
    return this.catalog.bySlug(slug);
  }

  @Query(() => [PackageObject], { description: 'Admin: every package, retired included' })
  @UseGuards(AuthGuard)
  @Roles('ADMIN')
  allPackages() {
    return this.catalog.list(true);
  }

  @Mutation(() => PackageObject)
  @UseGuards(AuthGuard)
  @Roles('ADMIN')
  createPackage(@CurrentUser() user: AuthUser, @Args('input') input: CreatePackageInput) {
    return this.catalog.create(user, input);
  }

  @Mutation(() => PackageObject, { description: 'A price change makes a new price; existing subscriptions keep theirs until they change package' })
  @UseGuards(AuthGuard)
  @Roles('ADMIN')
  updatePackage(@CurrentUser() user: AuthUser, @Args('input') input: UpdatePackageInput) {
    return this.catalog.update(user, input);
  }

  @Mutation(() => PackageObject, { description: 'Takes a package off sale; services already bought keep running' })
  @UseGuards(AuthGuard)
  @Roles('ADMIN')
  retirePackage(@CurrentUser() user: AuthUser, @Args('input') input: RetirePackageInput) {
    return this.catalog.retire(user, input.slug);
  }
}
