import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const here = (p: string) => path.resolve(__dirname, p);

// SWC keeps decorator metadata, which NestJS dependency injection and TypeORM need (esbuild drops it).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: {
      '@coop/billing': here('libs/billing/src/index.ts'),
      '@coop/provisioning': here('libs/provisioning/src/index.ts'),
      '@coop/migrations': here('migrations/src/index.ts'),
    },
  },
  test: {
    include: ['libs/**/src/**/*.spec.ts', 'apps/api/src/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
