import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventEntity } from './event.entity';
import { EventLogService } from './event-log.service';
import { EventsResolver } from './events.resolver';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventEntity])],
  providers: [EventLogService, EventsResolver],
  exports: [EventLogService],
})
export class EventsModule {}
