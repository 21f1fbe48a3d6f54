// Issue 5's benchmark: 200 services paid at once against stand-ins that answer in 50-150 ms with 5%
// transient faults. The work lives in provisioning/run-provisioning-bench.ts (the stand-ins are
// TypeScript), run with vite-node.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export async function run() {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync('npx', ['vite-node', 'test/bench/provisioning/run-provisioning-bench.ts'], { cwd: root, stdio: 'inherit' });
}
