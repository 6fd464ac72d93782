import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts'],
    environment: 'node',
    alias: {
      // main-process modules are tested against a stand-in that records what they ask of Electron
      electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)),
    },
  },
})
