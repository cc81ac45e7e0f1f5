// Printing without a PDF plugin (the desktop app and the browser alike): render every page to an
// image in a print-only container, print the window, then clean up.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import './report-print.css';

/** About 110 dpi: sharp text on paper, and each page renders in a fraction of the time 150 dpi takes. */
const PRINT_SCALE = 1.5;

async function pageImage(pdf: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: PRINT_SCALE });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  await page.render({ canvas, viewport }).promise;
  page.cleanup();
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('siden kunne ikke tegnes');
  return URL.createObjectURL(blob);
}

function loaded(image: HTMLImageElement): Promise<void> {
  return image.complete ? Promise.resolve() : new Promise((resolve) => { image.onload = image.onerror = () => resolve(); });
}

/** `onProgress(done, total)` after each page, so a long report shows that it is moving. */
export async function printPdf(pdf: PDFDocumentProxy, title: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  const container = document.createElement('div');
  container.className = 'kerne-report-print';
  container.setAttribute('aria-hidden', 'true');
  const urls: string[] = [];
  try {
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const url = await pageImage(pdf, pageNumber);
      urls.push(url);
      const image = document.createElement('img');
      image.src = url;
      image.alt = '';
      container.appendChild(image);
      onProgress?.(pageNumber, pdf.numPages);
    }
    document.body.appendChild(container);
    await Promise.all([...container.querySelectorAll('img')].map(loaded));
  } catch (error) {
    urls.forEach((url) => URL.revokeObjectURL(url));
    throw error;
  }
  const previousTitle = document.title;
  document.title = title;
  const cleanUp = () => {
    document.title = previousTitle;
    container.remove();
    urls.forEach((url) => URL.revokeObjectURL(url));
  };
  window.addEventListener('afterprint', cleanUp, { once: true });
  window.print();
}
