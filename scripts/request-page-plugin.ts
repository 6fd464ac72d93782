import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, transform } from 'esbuild'
import type { Plugin } from 'vite'

/** The employee's request page (src/request-page): one inline script and one inline style. */
export interface RequestPageBundle {
  script: string
  style: string
  /** Every file the bundle was made of, for the dev server to watch. */
  inputs: string[]
}

export const requestPageModuleId = 'virtual:request-page'
const resolvedModuleId = `\0${requestPageModuleId}`
const root = fileURLToPath(new URL('..', import.meta.url))
const pageFolder = join(root, 'src', 'request-page')
const appTokensPath = join(root, 'src', 'renderer', 'src', 'app', 'styles', 'tokens.css')

const darkThemeBlock = /\[data-theme='dark'\]\s*\{([^}]*)\}/

/**
 * The page's stylesheet: the app's tokens first, so it looks like Trellis without a copy of
 * them, with the dark theme following the system (the page has no theme switch), then page.css.
 */
export function composePageCss(appTokens: string, pageCss: string): string {
  const dark = darkThemeBlock.exec(appTokens)
  if (!dark) throw new Error("app/styles/tokens.css has no [data-theme='dark'] block to follow.")
  const tokens = appTokens.replace(
    dark[0],
    `@media (prefers-color-scheme: dark) {\n  :root {${dark[1]}}\n}`,
  )
  return `${tokens}\n${pageCss}`
}

/** Packages the page may carry; anything else in the bundle (zod, React) is a mistake. */
const allowedPackages = ['age-encryption', '@noble/', '@scure/']

function findStrayPackages(inputs: readonly string[]): string[] {
  return inputs
    .filter((input) => input.includes('node_modules/'))
    .map((input) => input.slice(input.lastIndexOf('node_modules/') + 'node_modules/'.length))
    .filter((path) => !allowedPackages.some((name) => path.startsWith(name)))
}

/**
 * Bundles src/request-page/main.ts with age-encryption into one minified classic script, and
 * minifies page.css. Both are inlined into every request page, so neither may contain what would
 * end its element early (esbuild escapes `</script` in strings; composeRequestPage checks again).
 */
export async function buildRequestPageAssets(): Promise<RequestPageBundle> {
  const result = await build({
    entryPoints: [join(pageFolder, 'main.ts')],
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    // Browsers an employee is likely to open the file in: the last few years of each.
    target: ['chrome111', 'firefox115', 'safari16.4', 'edge111'],
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const inputs = Object.keys(result.metafile.inputs)
  const strays = findStrayPackages(inputs)
  if (strays.length > 0) {
    throw new Error(
      `The request page may bundle only age-encryption and its own dependencies; it pulled in ${strays[0]}.`,
    )
  }
  const cssPath = join(pageFolder, 'page.css')
  const source = composePageCss(
    await readFile(appTokensPath, 'utf8'),
    await readFile(cssPath, 'utf8'),
  )
  const css = await transform(source, {
    loader: 'css',
    minify: true,
    target: ['chrome111', 'firefox115', 'safari16.4'],
  })
  return {
    script: result.outputFiles[0]!.text.trim(),
    style: css.code.trim(),
    inputs: [...inputs.map((input) => join(root, input)), cssPath, appTokensPath],
  }
}

/** `import { script, style } from 'virtual:request-page'` in the renderer and in unit tests. */
export function requestPagePlugin(): Plugin {
  return {
    name: 'trellis-request-page',
    resolveId(id) {
      return id === requestPageModuleId ? resolvedModuleId : null
    },
    async load(id) {
      if (id !== resolvedModuleId) return null
      const bundle = await buildRequestPageAssets()
      for (const input of bundle.inputs) this.addWatchFile(input)
      return [
        `export const script = ${JSON.stringify(bundle.script)}`,
        `export const style = ${JSON.stringify(bundle.style)}`,
      ].join('\n')
    },
  }
}
