// `npm run bench [name]`: builds, then runs every test/bench/*.bench.mjs (or those whose name contains `name`).
import { execSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const filter = process.argv[2] ?? '';
const dir = import.meta.dirname;
const root = path.resolve(dir, '../..');
execSync('npx tsc -b', { cwd: root, stdio: 'inherit' });
for (const file of readdirSync(dir).filter((f) => f.endsWith('.bench.mjs') && f.includes(filter)).sort()) {
  console.log(`\n=== ${file}`);
  const mod = await import(path.join(dir, file));
  await mod.run();
}
