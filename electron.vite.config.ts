// One build for the desktop app's three parts: the Electron main process, the sandboxed preload
// (CommonJS, as sandboxed preloads must be) and the React renderer, which the web host serves too.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // The PDF worker thread (src/core/reports/pdf/pdf-renderer.ts): stays in the asar, which
          // Electron's worker_threads read, so it resolves the app's node_modules like index.js.
          'pdf-worker': resolve(import.meta.dirname, 'src/core/reports/pdf/render-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/ui'),
    plugins: [react()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: resolve(import.meta.dirname, 'src/ui/index.html') },
    },
  },
});
