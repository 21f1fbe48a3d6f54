import type { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';

export type SeedContext = { db: DataSource; config: AppConfig; demo: boolean; say: (line: string) => void };

/** One idempotent piece of seed data; each step runs once per database (recorded in seed_runs). */
export type SeedStep = { name: string; demoOnly: boolean; run(ctx: SeedContext): Promise<void> };
