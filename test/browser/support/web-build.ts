import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import path from 'node:path';

const webDir = path.resolve(__dirname, '../../../apps/web');
const builtIndex = path.join(webDir, 'dist/index.html');

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

function isStale(): boolean {
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((f) => path.join(webDir, f));
  const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
  return !existsSync(builtIndex) || statSync(builtIndex).mtimeMs < newestSource;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds the web app when `apps/web/dist` is missing or older than its sources, so the API serves what
 * the test means. Test files run in parallel processes: a lock directory lets one build while the others wait.
 */
export function ensureWebBuilt(): void {
  if (!isStale()) return;
  const lock = path.join(webDir, '.build-lock');
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000) throw new Error(`waited 3 minutes for ${lock}; remove it if no build is running`);
      sleep(500);
    }
  }
  try {
    if (!isStale()) return;
    console.log('[browser tests] building the web app (apps/web/dist is missing or older than its sources)');
    // NODE_ENV=production: under vitest it is `test`, and Vite would bundle React's development build.
    execFileSync('npm', ['run', 'build', '--workspace', '@coop/web'], {
      cwd: path.resolve(webDir, '../..'),
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  } finally {
    rmdirSync(lock);
  }
}
