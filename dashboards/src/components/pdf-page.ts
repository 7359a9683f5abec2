import { html, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { documentBytes } from '../api';

/** Each document fetched and opened once per page view, however many of its rows it shows. */
const opened = new Map<string, Promise<PDFDocumentProxy>>();

async function openPdf(path: string): Promise<PDFDocumentProxy> {
  // pdf.js is a chunk of its own: only the review page loads it.
  const pdfjs = await import('pdfjs-dist');
  // Served from this origin by the dashboards build: no CDN, within the Content Security Policy.
  pdfjs.GlobalWorkerOptions.workerSrc = '/pdfjs/pdf.worker.min.mjs';
  const data = new Uint8Array(await documentBytes(path));
  return pdfjs.getDocument({
    data,
    isEvalSupported: false,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
  }).promise;
}

async function draw(canvas: HTMLCanvasElement, path: string, pageNumber: number): Promise<void> {
  const figure = canvas.closest('figure');
  try {
    let document = opened.get(path);
    if (!document) {
      document = openPdf(path);
      opened.set(path, document);
    }
    const page = await (await document).getPage(pageNumber);
    const width = Math.min(900, canvas.parentElement?.clientWidth || 600);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    await page.render({
      canvas,
      viewport,
      transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
    }).promise;
    figure?.setAttribute('data-state', 'drawn');
  } catch (error) {
    opened.delete(path);
    figure?.setAttribute('data-state', 'failed');
    const caption = figure?.querySelector('figcaption');
    if (caption) {
      caption.textContent = `The page could not be shown: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
}

/** A PDF page drawn in the browser from the document's stored bytes. */
export function pdfPage(path: string, pageNumber: number, label: string): TemplateResult {
  let started = false;
  const start = (element?: Element) => {
    if (element instanceof HTMLCanvasElement && !started) {
      started = true;
      void draw(element, path, pageNumber);
    }
  };
  return html`<figure class="source-page" data-state="drawing">
    <canvas role="img" aria-label=${label} ${ref(start)}></canvas>
    <figcaption>Page ${pageNumber} of the document</figcaption>
  </figure>`;
}
