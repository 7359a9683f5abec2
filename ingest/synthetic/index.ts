export * from './random';
export * from './synthetic-sector';
export * from './render/render-document';
export * from './render/pdf-writer';
export * from './render/stable-docx';
