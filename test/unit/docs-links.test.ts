import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The README and docs/ are read on GitHub and in a clone: a link that leaves the repository (a
// sibling folder, a web page) or names a file that is gone is broken for somebody.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Folders that exist in a working copy but are never in the repository (see .gitignore). */
const unversioned = ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'bench']

function listMarkdownFiles(): string[] {
  const docs = join(repoRoot, 'docs')
  const inDocs = existsSync(docs)
    ? readdirSync(docs, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => join('docs', name))
    : []
  return ['README.md', ...inDocs].sort()
}

interface Link {
  target: string
  line: number
}

/** The lines outside fenced code blocks (blank inside them, so line numbers still hold). */
function linesOutsideFences(markdown: string): string[] {
  let fence: string | null = null
  return markdown.split('\n').map((line) => {
    const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (fence === null && opening) {
      fence = opening
      return ''
    }
    if (fence !== null) {
      if (line.trim().startsWith(fence)) fence = null
      return ''
    }
    return line
  })
}

const codeSpan = /(`+)[^`][\s\S]*?\1/g

function findLinks(markdown: string): Link[] {
  const links: Link[] = []
  const patterns = [
    // [text](target "title") and ![alt](target), also nested: [![alt](image)](target)
    /\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g,
    // [id]: target
    /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm,
    // <https://...>
    /<((?:[a-z][a-z0-9+.-]*):[^>\s]+)>/gi,
    // a bare URL, which GitHub turns into a link
    /(?<![(<\w])((?:https?|ftp|file):\/\/[^\s)>\]]*[^\s)>\].,;:!?]|www\.[^\s)>\]]*[^\s)>\].,;:!?])/gi,
    // <img src="..."> and <a href="...">
    /\b(?:src|href)\s*=\s*["']([^"']+)["']/gi,
  ]
  linesOutsideFences(markdown).forEach((line, index) => {
    const text = line.replace(codeSpan, (span) => ' '.repeat(span.length))
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        if (match[1]) links.push({ target: match[1], line: index + 1 })
      }
    }
  })
  return links
}

/** The anchors GitHub gives a file's headings (and any `<a id>` or `<a name>`). */
function findAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const line of linesOutsideFences(markdown)) {
    const named = /<a\s+(?:id|name)\s*=\s*["']([^"']+)["']/i.exec(line)?.[1]
    if (named) anchors.add(named)
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1]
    if (heading === undefined) continue
    const slug = heading
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-')
    const count = seen.get(slug) ?? 0
    seen.set(slug, count + 1)
    anchors.add(count === 0 ? slug : `${slug}-${count}`)
  }
  return anchors
}

/** What is wrong with one link of `file` (a path relative to the repository), or null. */
function checkLink(file: string, target: string, root = repoRoot): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//') || target.startsWith('www.'))
    return 'points outside the repository (write a web address as plain text)'
  if (target.startsWith('/') || isAbsolute(target)) return 'is an absolute path'
  const [rawPath = '', anchor] = target.split('#', 2)
  const source = join(root, file)
  let path: string
  try {
    path = rawPath === '' ? source : resolve(dirname(source), decodeURIComponent(rawPath))
  } catch {
    return 'is not a valid path'
  }
  const inRepo = relative(root, path)
  if (inRepo.startsWith('..') || isAbsolute(inRepo)) return 'points outside the repository'
  if (unversioned.some((folder) => inRepo === folder || inRepo.startsWith(`${folder}${sep}`)))
    return 'points into a folder that is not in the repository'
  if (!existsSync(path)) return 'names a file that does not exist'
  if (anchor && path.endsWith('.md') && !findAnchors(readFileSync(path, 'utf8')).has(anchor))
    return `names a heading that ${relative(root, path)} does not have`
  return null
}

function findProblems(file: string): string[] {
  const text = readFileSync(join(repoRoot, file), 'utf8')
  return findLinks(text).flatMap(({ target, line }) => {
    const problem = checkLink(file, target)
    return problem ? [`${file}:${line} ${target} ${problem}`] : []
  })
}

describe('links in the README and docs/', () => {
  const files = listMarkdownFiles()

  it('reads the README and the architecture and product descriptions', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'README.md',
        join('docs', 'ARCHITECTURE.md'),
        join('docs', 'PRODUCT.md'),
      ]),
    )
  })

  it.each(files)('%s links only to files inside the repository that exist', (file) => {
    expect(findProblems(file)).toEqual([])
  })

  it('finds every kind of link and tells which are broken', () => {
    const sample = [
      '# Start here',
      'See [the shape](../shared/ARCHITECTURE.md), ![shot](docs/screens/none.png) and',
      '[![logo](build/icon.png)](https://example.com), <https://example.org>, www.example.net,',
      'https://example.com/bare and [ok](README.md#start-here), [gone](#nowhere).',
      '`[not a link](../x)`',
      '```',
      '[inside a fence](../y)',
      '```',
      '[ref]: /etc/passwd',
      '<img src="out/renderer/index.html">',
    ].join('\n')
    const verdicts = findLinks(sample).map(({ target }) => [target, checkLink('README.md', target)])
    expect(verdicts).toEqual([
      ['../shared/ARCHITECTURE.md', 'points outside the repository'],
      ['docs/screens/none.png', 'names a file that does not exist'],
      ['build/icon.png', null],
      ['https://example.com', expect.stringContaining('outside the repository')],
      ['https://example.org', expect.stringContaining('outside the repository')],
      ['www.example.net', expect.stringContaining('outside the repository')],
      ['README.md#start-here', null],
      ['#nowhere', 'names a heading that README.md does not have'],
      ['https://example.com/bare', expect.stringContaining('outside the repository')],
      ['/etc/passwd', 'is an absolute path'],
      ['out/renderer/index.html', 'points into a folder that is not in the repository'],
    ])
  })

  it('names headings as GitHub does', () => {
    const anchors = findAnchors('## Skills & roles\n## How it is built\n## How it is built\n')
    expect([...anchors]).toEqual(['skills--roles', 'how-it-is-built', 'how-it-is-built-1'])
  })
})
