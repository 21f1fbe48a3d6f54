import { adminSeed } from './admin.seed';
import { catalogSeed } from './catalog.seed';
import { sandboxPartnersSeed } from './sandbox-partners.seed';
import type { SeedContext, SeedStep } from './seed-step';

/** Every seed step, in order. Features add their demo steps here. */
export const SEED_STEPS: SeedStep[] = [adminSeed, sandboxPartnersSeed, catalogSeed];

/** Runs the steps this database has not had yet; a second start seeds nothing twice. */
export async function runSeed(ctx: SeedContext, steps: SeedStep[] = SEED_STEPS): Promise<string[]> {
  const done = new Set<string>((await ctx.db.query('SELECT step FROM seed_runs')).map((r: { step: string }) => r.step));
  const ran: string[] = [];
  for (const step of steps) {
    if (done.has(step.name) || (step.demoOnly && !ctx.demo)) continue;
    await step.run(ctx);
    await ctx.db.query('INSERT INTO seed_runs (step) VALUES ($1) ON CONFLICT DO NOTHING', [step.name]);
    ran.push(step.name);
  }
  return ran;
}
