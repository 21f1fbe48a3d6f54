import path from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// Note: under Vitest our TypeScript gets graphql-js's ESM build while Apollo and Nest use its CommonJS
// build, so code must not rely on instanceof between graphql classes (see format-graphql-error.ts).

const here = (p: string) => path.resolve(__dirname, p);

// SWC keeps decorator metadata, which NestJS dependency injection and TypeORM need (esbuild drops it).
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  resolve: {
    alias: [
      { find: '@coop/billing', replacement: here('libs/billing/src/index.ts') },
      { find: '@coop/provisioning', replacement: here('libs/provisioning/src/index.ts') },
      { find: '@coop/migrations', replacement: here('migrations/src/index.ts') },
    ],
  },
  test: {
    include: ['libs/**/src/**/*.spec.ts', 'apps/api/src/**/*.spec.ts', 'apps/web/src/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
