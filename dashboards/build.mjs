// Bundles the dashboards (TypeScript + lit-html) into dist/dashboards, served by `chc serve`.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../dist/dashboards');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: path.join(here, 'src/main.ts') },
  bundle: true,
  // The charting library is a chunk of its own, loaded by the first view that draws a chart.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outdir: out,
  logLevel: 'warning',
});
cpSync(path.join(here, 'public'), out, { recursive: true });
// pdf.js draws source pages on the review page: its worker and the standard fonts are served
// from this origin (the Content Security Policy allows no other).
const pdfjs = path.resolve(here, '../node_modules/pdfjs-dist');
cpSync(path.join(pdfjs, 'build/pdf.worker.min.mjs'), path.join(out, 'pdfjs/pdf.worker.min.mjs'));
cpSync(path.join(pdfjs, 'standard_fonts'), path.join(out, 'pdfjs/standard_fonts'), {
  recursive: true,
});
