// Lets a reader thread load the TypeScript readers straight from the sources, as tests run
// them: jest compiles the sources in its own module system, which worker threads do not
// share. A build never loads this file, since the readers are compiled beside the worker.
const Module = require('node:module');
const path = require('node:path');
const { addHook } = require('pirates');
const { transformSync } = require('@swc/core');

const INGEST_ALIAS = '@ingest/';
const INGEST_DIR = path.resolve(__dirname, '../..') + path.sep;

/** @type {any} */
const moduleInternals = Module;
const resolveFilename = moduleInternals._resolveFilename;
/** @param {string} request @param {unknown[]} rest */
moduleInternals._resolveFilename = function (request, ...rest) {
  const target = request.startsWith(INGEST_ALIAS)
    ? INGEST_DIR + request.slice(INGEST_ALIAS.length)
    : request;
  return resolveFilename.call(this, target, ...rest);
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
