// @ts-check
// pdf.js's legacy build (the one that runs on Node 20) carries core-js, which replaces
// Array.prototype.push for the whole thread because V8 does not throw when pushing onto an
// array whose length is read-only, a corner nothing here reaches. The replacement is written
// in JavaScript and made reading a PDF about a fifth slower (every push in pdf.js's parser
// and in our page walk), so the native one is put back once both halves of pdf.js have
// loaded: the worker half is loaded here, where pdf.js looks for it, and not at the first
// document, when it would replace push again.
const nativePush = Array.prototype.push;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
/** @type {any} */ (globalThis).pdfjsWorker =
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
Array.prototype.push = nativePush;

export const { getDocument, OPS } = pdfjs;
