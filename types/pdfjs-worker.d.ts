// pdf.js's worker half ships no typings; the reader only hands it to pdf.js, which reads
// its WorkerMessageHandler.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
