import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Charts are only drawn on screens behind the sign-in, so recharts and its dependencies go into
// their own chunk that the first page never loads.
const CHART_MODULES =
  /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|react-redux|redux-thunk|immer|reselect|decimal\.js-light|es-toolkit|eventemitter3|internmap)[\\/]/;
const REACT_MODULES = /node_modules[\\/](react|react-dom|scheduler)[\\/]/;
// zod and the module that configures it share a chunk, so the configuration runs before any chunk
// that builds schemas (see src/app/content-security.ts).
const ZOD_MODULES = /node_modules[\\/]zod[\\/]|src[\\/]app[\\/]content-security\.ts$/;

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'zod', test: ZOD_MODULES, priority: 30 },
            { name: 'react', test: REACT_MODULES, priority: 20 },
            // Without this, recharts' small shared dependencies (clsx, use-sync-external-store) would be
            // pulled into the chart chunk, and the first page would have to load all of it.
            { name: 'charts', test: CHART_MODULES, priority: 10, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
