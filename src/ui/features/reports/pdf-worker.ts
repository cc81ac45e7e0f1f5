// pdf.js parses PDFs in a web worker; the worker ships as a bundled asset (no CDN: Kerne runs offline
// under a CSP allowing workers from 'self' only). Import this module before using react-pdf.
import { pdfjs } from 'react-pdf';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();

export { pdfjs };
