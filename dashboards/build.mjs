// Bundles the dashboards (TypeScript + lit-html) into dist/dashboards, served by `chc serve`.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../dist/dashboards');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(here, 'src/main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: path.join(out, 'app.js'),
  logLevel: 'warning',
});
cpSync(path.join(here, 'public'), out, { recursive: true });
