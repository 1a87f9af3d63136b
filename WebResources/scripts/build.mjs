// npm run build: one bundled script per page, the pages and the stylesheet, laid out as the web
// root the local Web API serves (dist/WebResources/cx_/journey/... as Dynamics serves web resources,
// dist/host/... for local use only). Output is deterministic: same sources, same bytes.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const journey = join(dist, 'WebResources', 'cx_', 'journey');
const host = join(dist, 'host');

rmSync(dist, { recursive: true, force: true });
mkdirSync(journey, { recursive: true });
mkdirSync(host, { recursive: true });

const common = {
  bundle: true,
  format: 'iife',
  target: ['es2020'],
  platform: 'browser',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
  absWorkingDir: root,
};

await build({ ...common, entryPoints: { timeline: 'src/timeline/main.ts', dashboard: 'src/dashboard/main.ts' }, outdir: journey });
await build({ ...common, entryPoints: { 'xrm-local': 'host/xrm-local.ts' }, outdir: host });

for (const file of ['timeline.html', 'dashboard.html', 'journey.css']) copyFileSync(join(root, 'pages', file), join(journey, file));
for (const file of ['index.html', 'host.css']) copyFileSync(join(root, 'host', file), join(host, file));

function list(dir) {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? list(path) : [path];
  });
}
for (const file of list(dist)) {
  const bytes = readFileSync(file);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  console.log(`${relative(root, file).padEnd(48)} ${String(bytes.length).padStart(8)} B  ${hash}`);
}
