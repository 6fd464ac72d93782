import type { RequestPageData } from '../../../../shared/domain/requests'

type PageModule = { buildRequestPageHtml: (data: RequestPageData) => string }

// The page builder (app/request-page.ts) is being written alongside this screen; until it is in
// the tree, the glob finds nothing and exporting says so instead of breaking the build.
// TODO(issue 19): replace with a static import once app/request-page.ts has landed.
const modules = import.meta.glob<PageModule>('../../app/request-page.ts')

/** The function that writes one self-contained request page. */
export async function loadRequestPageBuilder(): Promise<PageModule['buildRequestPageHtml']> {
  const load = Object.values(modules)[0]
  if (!load) throw new Error('This version of Trellis cannot write request pages yet.')
  return (await load()).buildRequestPageHtml
}
