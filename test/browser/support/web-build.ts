import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const webDir = path.resolve(__dirname, '../../../apps/web');
const builtIndex = path.join(webDir, 'dist/index.html');

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** Builds the web app when `apps/web/dist` is missing or older than its sources, so the API serves what the test means. */
export function ensureWebBuilt(): void {
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((f) => path.join(webDir, f));
  const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
  if (existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSource) return;
  console.log('[browser tests] building the web app (apps/web/dist is missing or older than its sources)');
  execFileSync('npm', ['run', 'build', '--workspace', '@coop/web'], { cwd: path.resolve(webDir, '../..'), stdio: 'inherit' });
}
