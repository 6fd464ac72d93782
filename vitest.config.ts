import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { requestPagePlugin } from './scripts/request-page-plugin'

export default defineConfig({
  // The renderer imports the request page's bundle as virtual:request-page.
  plugins: [requestPagePlugin()],
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
    environment: 'node',
    alias: {
      // main-process modules are tested against a stand-in that records what they ask of Electron
      electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)),
    },
  },
})
