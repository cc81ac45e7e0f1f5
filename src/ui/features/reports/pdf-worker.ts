// pdf.js parses PDFs in a web worker; the worker ships as a bundled asset (no CDN: Kerne runs offline
// under a CSP allowing workers from 'self' only). Import this module before using react-pdf.
import { pdfjs } from 'react-pdf';
// `?url` makes Vite emit the worker and hand back its URL; a bare `new URL('pdfjs-dist/…',
// import.meta.url)` is not resolved by the bundler, so pdf.js fell back to a failing fake worker.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export { pdfjs };
