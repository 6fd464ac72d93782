/** The request page's bundle, made by scripts/request-page-plugin.ts at build time. */
declare module 'virtual:request-page' {
  /** The page program: one minified classic script, safe to inline. */
  export const script: string
  /** The page's stylesheet, minified. */
  export const style: string
}
