import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../../apps/web/codegen';

const webDir = path.resolve(__dirname, '../../apps/web');

describe('web GraphQL types', () => {
  it('match what codegen makes from the committed schema and the documents (run `npm run codegen -w @coop/web`)', async () => {
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, cwd: webDir, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const { filename, content } of outputs) {
      const committed = await readFile(path.resolve(webDir, filename), 'utf8').catch(() => null);
      expect(committed, `${filename} is stale`).toBe(content);
    }
  }, 60_000);
});
