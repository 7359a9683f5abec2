// @ts-check
// Lets a reader thread load the TypeScript readers straight from the sources, as tests run
// them: jest compiles the sources in its own module system, which worker threads do not
// share. A build never loads this file, since the readers are compiled beside the worker.
import Module from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';
import { addHook } from 'pirates';

const INGEST_ALIAS = '@ingest/';
const INGEST_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..') + path.sep;

/** @type {any} Node's resolver is internal, hence untyped. */
const internals = Module;
const resolveFilename = internals._resolveFilename;
/** @param {string} request @param {unknown[]} rest */
internals._resolveFilename = function (request, ...rest) {
  const target = request.startsWith(INGEST_ALIAS)
    ? INGEST_DIR + request.slice(INGEST_ALIAS.length)
    : request;
  /** @type {string} */
  const resolved = resolveFilename.call(this, target, ...rest);
  return resolved;
};

addHook(
  (code, filename) =>
    transformSync(code, {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    }).code,
  { exts: ['.ts'] },
);
