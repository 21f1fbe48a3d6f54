// Initial JavaScript per route, gzipped: the entry chunk and its static imports, plus each route's lazy
// chunk and its static imports (what the browser must fetch before the route can render).
// Usage: npm run build -w @coop/web && npm run measure-bundle -w @coop/web
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const gz = new Map();
const gzSize = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  return gz.get(file);
};

/** A chunk's own file and every file it imports statically, transitively. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const entry = closure(entryKey);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (files) => [...files].reduce((n, f) => n + gzSize(f), 0);

console.log(`entry (${manifest[entryKey].file} + static imports): ${kb(sum(entry))} gzipped`);
const css = manifest[entryKey].css ?? [];
console.log(`entry CSS: ${kb(css.reduce((n, f) => n + gzSize(f), 0))} gzipped`);
const routes = Object.keys(manifest).filter((k) => manifest[k].isDynamicEntry);
const rows = routes.map((k) => {
  const files = closure(k, new Set(entry));
  return { route: k.replace(/^src\//, ''), initial: sum(files), own: sum(files) - sum(entry) };
});
rows.sort((a, b) => b.initial - a.initial);
for (const r of rows) console.log(`${r.route.padEnd(44)} initial ${kb(r.initial).padStart(9)}  (route chunks ${kb(r.own)})`);
