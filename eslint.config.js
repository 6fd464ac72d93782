import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'crypto',
  'child_process',
  'url',
  'util',
  'stream',
  'http',
  'https',
  'net',
]

/** Import rules that keep the layers apart (ARCHITECTURE.md, "A fenced domain"). */
const layerRules = {
  shared: {
    patterns: [
      {
        group: ['electron', 'dexie', 'dexie-*', 'react', 'react-*', 'zustand', ...nodeBuiltins],
        message: 'src/shared is pure: no platform, storage or UI imports.',
      },
      {
        group: [
          '**/main/**',
          '**/renderer/**',
          '**/preload/**',
          '../main',
          '../renderer',
          '../preload',
        ],
        message: 'src/shared may not import from main, preload or renderer.',
      },
    ],
  },
  renderer: {
    patterns: [
      {
        group: ['electron', ...nodeBuiltins],
        message: 'The renderer has no Node or Electron: ask main through platform.ts.',
      },
      {
        group: ['**/main/**', '**/preload/**'],
        message: 'The renderer never imports main or preload code.',
      },
    ],
  },
  /**
   * A feature imports ui/, db/, app/ and src/shared, never another feature (ARCHITECTURE.md, "The
   * shape of a feature"). Feature folders are flat, so from features/<area>/File.tsx any '../x'
   * that does not climb further is a sibling feature. test/unit/feature-boundaries.test.ts checks
   * the same for every file, dynamic import() and stylesheet included.
   */
  feature: {
    patterns: [
      {
        regex: '^\\.\\./(?!\\.\\.(?:/|$))',
        message:
          'A feature never imports another feature: move what is shared to ui/, db/repositories or src/shared, and compose features in app/ (ARCHITECTURE.md, "The shape of a feature").',
      },
    ],
  },
  preloadApi: {
    patterns: [
      {
        group: ['electron', ...nodeBuiltins],
        message: 'preload/api.ts is pure so the harness can reuse it.',
      },
    ],
  },
  main: {
    patterns: [
      {
        group: ['**/renderer/**', '**/preload/**'],
        message: 'main never imports renderer or preload code.',
      },
    ],
  },
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'docs/**', 'bench/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', layerRules.shared],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
        'process',
        'require',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', layerRules.renderer],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only platform.ts touches window.api; import `desktop` from it.',
        },
        {
          selector: "MemberExpression[object.name='globalThis'][property.name='api']",
          message: 'Only platform.ts touches window.api.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/features/*/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...layerRules.renderer.patterns, ...layerRules.feature.patterns] },
      ],
    },
  },
  {
    // The employee's request page (src/request-page): plain DOM and age-encryption, bundled into
    // one inline script, so no framework, storage library, schema library or app layer.
    files: ['src/request-page/**/*.ts'],
    ignores: ['src/request-page/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'electron',
                'dexie',
                'dexie-*',
                'react',
                'react-*',
                'zustand',
                'zod',
                ...nodeBuiltins,
              ],
              message:
                'The request page is plain DOM with age-encryption: no framework, storage, zod or Node.',
            },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'The request page imports only src/shared and its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/platform.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/preload/api.ts'],
    rules: { 'no-restricted-imports': ['error', layerRules.preloadApi] },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', layerRules.main] },
  },
)
