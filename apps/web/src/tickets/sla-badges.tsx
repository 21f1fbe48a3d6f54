import { Badge, Group } from '@mantine/core';
import { useEffect, useState } from 'react';
import { slaBadge, type SlaDeadline } from './ticket-words';

/** "now", refreshed every 30 s so countdowns move without a reload. */
export function useNow(intervalMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/** First-response and resolution deadlines, each with its own state. */
export function SlaBadges({ sla, now }: { sla: { firstResponse: SlaDeadline; resolution: SlaDeadline } | null | undefined; now: Date }) {
  if (!sla) return null;
  const badges = [slaBadge('Response', sla.firstResponse, now), slaBadge('Resolution', sla.resolution, now)];
  return (
    <Group gap={4} wrap="wrap">
      {badges.map((b) => (
        <Badge key={b.label} color={b.color} variant={b.color === 'red' ? 'outline' : 'light'} size="sm" title={b.title}>
          {b.label}
        </Badge>
      ))}
    </Group>
  );
}
