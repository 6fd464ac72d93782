import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { bundledLicenses } from './scripts/bundled-licenses'
import { requestPagePlugin } from './scripts/request-page-plugin'

export default defineConfig({
  main: {
    plugins: [bundledLicenses({ emit: false })],
    build: {
      // Everything the main process needs is bundled, so the app archive carries no node_modules.
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    plugins: [bundledLicenses({ emit: false })],
    build: {
      externalizeDeps: false,
      // A sandboxed preload must be a single CommonJS script.
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), bundledLicenses({ emit: true }), requestPagePlugin()],
    build: {
      minify: process.env.TRELLIS_NO_MINIFY ? false : true,
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
})
