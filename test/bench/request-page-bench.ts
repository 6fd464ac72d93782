import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { generateX25519Identity, identityToRecipient } from 'age-encryption'
import { buildRequestPageAssets } from '../../scripts/request-page-plugin'
import { RequestPageData } from '../../src/shared/domain/requests/formats'
import { composeRequestPage } from '../../src/shared/domain/requests/page-html'
import { launchBrowser } from '../harness/launch'

/** A large self-review: 40 role skills on a 5-level scale with descriptors, goals, lists. */
async function makeLargeRequest(): Promise<RequestPageData> {
  const recipient = await identityToRecipient(await generateX25519Identity())
  const levels = ['Learning', 'Working', 'Practised', 'Expert', 'Leading']
  return RequestPageData.parse({
    format: 'trellis-request',
    formatVersion: 1,
    workspaceId: 'ws-bench',
    requestId: 'req-bench',
    token: '6f1c2b1e-3a4d-4c5e-8f90-1a2b3c4d5e6f',
    recipient,
    kind: 'self-review',
    title: 'Self-review H2 2026',
    message: 'Please tell me where you see yourself before our review.',
    askedBy: 'Mara Jensen',
    dueDate: '2099-12-10',
    expiresOn: '2099-12-31',
    isAnonymous: false,
    context: { personName: 'Ana Lima', roleName: 'Barista', cycleName: 'H2 2026' },
    questions: [
      ...Array.from({ length: 40 }, (_, index) => ({
        id: `skill:${index}`,
        type: 'scale',
        prompt: `Skill number ${index + 1}`,
        help: 'Your role asks for Practised (3).',
        group: 'Your skills: where are you today?',
        isRequired: true,
        options: levels.map((label, level) => ({
          value: level + 1,
          label,
          descriptor: `What ${label.toLowerCase()} looks like for skill ${index + 1}.`,
        })),
      })),
      ...Array.from({ length: 8 }, (_, index) => ({
        id: `goal:${index}`,
        type: 'text',
        prompt: `Goal ${index + 1}`,
        group: 'Your goals',
      })),
      { id: 'agenda', type: 'list', prompt: 'What would you like to talk about?', group: 'Ahead' },
    ],
  })
}

/** "request page: size" (KB of the composed file) and "request page: first paint" (ms, median of 5). */
export async function measureRequestPage(): Promise<{ sizeKb: number; firstPaintMs: number }> {
  const html = composeRequestPage(await makeLargeRequest(), await buildRequestPageAssets())
  const folder = await mkdtemp(join(tmpdir(), 'trellis-request-bench-'))
  const path = join(folder, 'request.html')
  await writeFile(path, html)
  const browser = await launchBrowser()
  try {
    const paints: number[] = []
    for (let run = 0; run < 5; run += 1) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await page.goto(pathToFileURL(path).href)
      await page.getByRole('button', { name: 'Save my answers' }).waitFor()
      paints.push(
        await page.evaluate(async () => {
          for (let tries = 0; tries < 50; tries += 1) {
            const paint = performance.getEntriesByName('first-contentful-paint')[0]
            if (paint) return paint.startTime
            await new Promise((resolve) => requestAnimationFrame(resolve))
          }
          return Infinity
        }),
      )
      await context.close()
    }
    paints.sort((a, b) => a - b)
    return { sizeKb: Buffer.byteLength(html) / 1024, firstPaintMs: paints[2]! }
  } finally {
    await browser.close()
    await rm(folder, { recursive: true, force: true })
  }
}
