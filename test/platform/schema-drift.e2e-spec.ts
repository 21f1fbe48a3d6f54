import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';

// The CommonJS graphql-js, the one Nest built the schema with.
const { printSchema } = createRequire(__filename)('graphql') as typeof import('graphql');
const SCHEMA_FILE = path.resolve(__dirname, '../../apps/api/schema.graphql');
const HEADER = '# Generated from the code-first resolvers by `npm run schema`; do not edit. A test fails when it drifts.\n\n';

describe('schema.graphql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('matches the schema the code builds (run `npm run schema` after changing resolvers)', () => {
    const current = HEADER + printSchema(t.app.get(GraphQLSchemaHost).schema) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, current);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(current);
  });
});
