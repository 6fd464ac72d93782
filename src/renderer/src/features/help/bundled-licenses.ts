import { z } from 'zod'

const BundledLicense = z.object({
  name: z.string(),
  version: z.string(),
  license: z.string(),
  text: z.string().optional(),
})
export type BundledLicense = z.infer<typeof BundledLicense>

/**
 * The licences of the packages in this build, written beside index.html by the build
 * (scripts/bundled-licenses.ts). Loaded only when the About dialog asks; null when the file is
 * missing, as under the dev server.
 */
export async function loadBundledLicenses(): Promise<BundledLicense[] | null> {
  try {
    const url = new URL('licenses.js', document.baseURI).href
    const module: unknown = await import(/* @vite-ignore */ url)
    const parsed = z.object({ default: z.array(BundledLicense) }).safeParse(module)
    return parsed.success ? parsed.data.default : null
  } catch {
    return null
  }
}
