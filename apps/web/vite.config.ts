import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the API runs as its own process; in production the API serves `dist/` itself,
// so every request stays on the same origin.
const api = { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } };

export default defineConfig({
  plugins: [react()],
  // Workspace packages (@outcomes/core's formatters) are bundled from their TypeScript sources.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: api },
  preview: { proxy: api },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  css: {
    preprocessorOptions: {
      scss: {
        // govuk-frontend 5 is written with @import and global functions; silence the
        // deprecations it triggers until its @use-based major release.
        quietDeps: true,
        silenceDeprecations: ['import', 'global-builtin', 'slash-div', 'if-function'],
      },
    },
  },
});
