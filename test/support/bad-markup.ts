import { firstOf, type BadDocument } from './bad-documents';

/** HTML and text that is hostile (bombs), mis-encoded or not text at all. */
export const BAD_MARKUP: BadDocument[] = [
  {
    kind: 'UTF-8 BOM only',
    file: 'bom-only.txt',
    bytes: () => Buffer.from([0xef, 0xbb, 0xbf]),
  },
  {
    kind: 'HTML nested 100,000 deep',
    file: 'deep-nesting.html',
    bytes: () => `<html><body>${'<div>'.repeat(100_000)}deep`,
  },
  {
    kind: 'HTML of 24 MiB of inline tags',
    file: 'inline-tags.html',
    bytes: () => `<html><body><p>${'<b>x</b><i>y</i><span>z</span> '.repeat(800_000)}`,
  },
  {
    kind: 'HTML element with 1e6 attributes',
    file: 'attributes.html',
    bytes: () => {
      const attributes = Array.from({ length: 1_000_000 }, (_, i) => `a${i}=${i}`).join(' ');
      return `<html><body><p ${attributes}>x</p></body></html>`;
    },
  },
  {
    kind: 'HTML table of 100k rows',
    file: 'huge-table.html',
    bytes: () =>
      `<html><body><table>${'<tr><td>1.1</td><td>text</td><td>Yes</td></tr>'.repeat(100_000)}</table>`,
  },
  {
    kind: 'HTML in UTF-16 with BOM',
    file: 'utf16.html',
    bytes: () =>
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(firstOf('html').toString('utf8'), 'utf16le'),
      ]),
  },
  {
    kind: 'HTML with an unclosed comment and script',
    file: 'unclosed.html',
    bytes: () => '<html><body><!-- never closed <script> while(1){} <table><tr><td>1.1',
  },
  {
    kind: 'invalid UTF-8',
    file: 'invalid-utf8.txt',
    bytes: () =>
      Buffer.from([0x31, 0x2e, 0x31, 0x09, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x0a]),
  },
  {
    kind: 'text of only control characters',
    file: 'control.txt',
    bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => [1, 2, 7, 8, 11, 27][i % 6]!)),
  },
  {
    kind: 'CSV named .pdf',
    file: 'csv.pdf',
    bytes: () => 'name,website\nA,https://a.example\n',
  },
  {
    kind: 'JSON named .docx',
    file: 'json.docx',
    bytes: () => '{"provision":"1.1","comply":true}',
  },
  {
    kind: 'XML named .html',
    file: 'xml.html',
    bytes: () =>
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
  },
  {
    kind: 'SVG named .pdf',
    file: 'svg.pdf',
    bytes: () => '<svg xmlns="http://www.w3.org/2000/svg"><text>1.1 Yes</text></svg>',
  },
];
