import fs from 'node:fs';
const f = process.argv[2];
const p = JSON.parse(fs.readFileSync(f));
const dt = {}; const ids = p.samples; const deltas = p.timeDeltas;
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
for (let i = 0; i < ids.length; i++) self.set(ids[i], (self.get(ids[i]) ?? 0) + (deltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byPkg = {}; const byFn = {};
for (const [id, t] of self) {
  const n = byId.get(id); const url = n.callFrame.url;
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  const pkg = m ? m[1] : url.includes('/apps/') ? 'app' : url ? 'node:' + url.replace(/^.*\//, '') : n.callFrame.functionName || '(native)';
  byPkg[pkg] = (byPkg[pkg] ?? 0) + t;
  const k = `${n.callFrame.functionName || '(anon)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/apps\//, 'apps/')}:${n.callFrame.lineNumber}`;
  byFn[k] = (byFn[k] ?? 0) + t;
}
const show = (o, n) => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log((100 * v / total).toFixed(1).padStart(5), '%', k));
console.log('total ms', (total / 1000).toFixed(0)); show(byPkg, 25); console.log('---'); show(byFn, 40);
