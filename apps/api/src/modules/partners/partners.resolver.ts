import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuthGuard } from '../../common/auth/auth.guard';
import type { AuthUser } from '../../common/auth/auth-user';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Roles } from '../../common/auth/roles.decorator';
import { CreatePartnerInput, UpdatePartnerInput } from './dto/partner.inputs';
import { PartnerConnectionTestObject, PartnerObject } from './dto/partner.object';
import { PartnersService } from './partners.service';

@Resolver(() => PartnerObject)
@UseGuards(AuthGuard)
@Roles('ADMIN')
export class PartnersResolver {
  constructor(private readonly partnersService: PartnersService) {}

  @Query(() => [PartnerObject], { description: 'Admin: every partner, retired ones included' })
  partners() {
    return this.partnersService.list();
  }

  @Mutation(() => PartnerObject)
  createPartner(@CurrentUser() user: AuthUser, @Args('input') input: CreatePartnerInput) {
    return this.partnersService.create(user, input);
  }

  @Mutation(() => PartnerObject)
  updatePartner(@CurrentUser() user: AuthUser, @Args('input') input: UpdatePartnerInput) {
    return this.partnersService.update(user, input);
  }

  @Mutation(() => PartnerObject, { description: 'No new resources go to a retired partner' })
  retirePartner(@CurrentUser() user: AuthUser, @Args('id', { type: () => ID }) id: string) {
    return this.partnersService.retire(user, id);
  }

  @Mutation(() => PartnerConnectionTestObject, { description: 'One cheap authenticated call with the stored credentials' })
  testPartnerConnection(@Args('id', { type: () => ID }) id: string) {
    return this.partnersService.testConnection(id);
  }
}
