// Where the desktop app's PDF worker and report fonts are: the worker built beside index.js
// (out/main/pdf-worker.js, read from the asar), the fonts unpacked from the asar when packaged.
import path from 'node:path';
import { app } from 'electron';
import type { PdfRendererOptions } from '../../src/core/reports/pdf/pdf-renderer';

export function pdfOptions(): PdfRendererOptions {
  const fontDir = app.isPackaged
    ? path.join(process.resourcesPath, 'app.asar.unpacked', 'resources', 'fonts')
    : path.join(app.getAppPath(), 'resources', 'fonts');
  return { workerFile: path.join(import.meta.dirname, 'pdf-worker.js'), fontDir };
}
