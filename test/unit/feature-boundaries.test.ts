import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// A feature folder imports only ui/, db/, app/ and src/shared, never another feature
// (ARCHITECTURE.md, "The shape of a feature"). What several features share moves down; what
// composes several features is wired in app/. ESLint cannot tell "another feature" from "this
// one" by pattern alone, so this reads every file and names each import that crosses over.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const featuresRoot = join(repoRoot, 'src', 'renderer', 'src', 'features')

/** Every code and style file under features/, as paths relative to the features folder. */
function listFeatureFiles(): string[] {
  return readdirSync(featuresRoot, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|css)$/.test(name))
    .map((name) => name.split(sep).join('/'))
    .sort()
}

/** What a file imports: static, side-effect, re-export, dynamic import() and CSS @import. */
function listImports(file: string, text: string): Array<{ specifier: string; line: number }> {
  const lineOf = (position: number) => text.slice(0, position).split('\n').length
  if (file.endsWith('.css')) {
    return [...text.matchAll(/@import\s+(?:url\(\s*)?['"]?([^'")\s;]+)/g)].map((match) => ({
      specifier: match[1] ?? '',
      line: lineOf(match.index),
    }))
  }
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((entry) => ({ specifier: entry.fileName, line: lineOf(entry.pos) }))
}

/** The feature folder a path (relative to features/) belongs to, or null outside features/. */
function areaOf(pathInFeatures: string): string | null {
  if (pathInFeatures.startsWith('..') || pathInFeatures === '') return null
  return pathInFeatures.split('/')[0] ?? null
}

/** Each import of `file` (relative to features/) that reaches into another feature. */
function findCrossings(file: string, text: string): string[] {
  const area = areaOf(file)
  return listImports(file, text).flatMap(({ specifier, line }) => {
    if (!specifier.startsWith('.')) return []
    const target = relative(featuresRoot, resolve(featuresRoot, dirname(file), specifier))
      .split(sep)
      .join('/')
    const targetArea = areaOf(target)
    if (targetArea === null || targetArea === area) return []
    return [`features/${file}:${line} imports '${specifier}', which is in features/${targetArea}/`]
  })
}

/**
 * Crossings not removed yet, as file and import (ARCHITECTURE.md would list them under "Where
 * folders differ"). None is left: keep it so. A crossing listed here that is gone fails too, so
 * it cannot go stale.
 */
const notYetRemoved: string[] = []

/** "features/a/B.tsx:12 imports '../c/D', which is …" without the line and the explanation. */
const withoutLine = (crossing: string): string =>
  crossing.replace(/:\d+ imports (.*?), which .*$/, ' imports $1')

describe('feature folders', () => {
  const files = listFeatureFiles()

  it('reads every feature folder', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(files).toEqual(
      expect.arrayContaining(['people/PeopleScreen.tsx', 'matrix/MatrixScreen.tsx']),
    )
  })

  it('never import another feature (share through ui/, db/, src/shared; compose in app/)', () => {
    const crossings = files.flatMap((file) =>
      findCrossings(file, readFileSync(join(featuresRoot, file), 'utf8')),
    )
    expect(crossings.filter((crossing) => !notYetRemoved.includes(withoutLine(crossing)))).toEqual(
      [],
    )
    const gone = notYetRemoved.filter((known) => !crossings.map(withoutLine).includes(known))
    expect(gone, 'removed: take these out of notYetRemoved (and ARCHITECTURE.md)').toEqual([])
  })

  it('finds every kind of import that crosses into another feature, and only those', () => {
    const sample = [
      "import { PeopleList } from './PeopleList'",
      "import { useRoutePath } from '../../app/router'",
      "import { CsvReadout } from '../../ui/CsvReadout'",
      "import type { Person } from '../../../../shared/model'",
      "import { TrendLine } from '../matrix/TrendLine'",
      "import '../matrix/matrix.css'",
      "export { PacketExport } from '../reports/PacketExport'",
      '// import { Commented } from "../goals/Commented"',
      "const Wizard = lazy(() => import('../roster-import/ImportRosterScreen'))",
      "import { useSlots } from '../people/use-slots'",
      "import { lazy } from 'react'",
    ].join('\n')
    expect(findCrossings('people/PersonSkillsTab.tsx', sample)).toEqual([
      "features/people/PersonSkillsTab.tsx:5 imports '../matrix/TrendLine', which is in features/matrix/",
      "features/people/PersonSkillsTab.tsx:6 imports '../matrix/matrix.css', which is in features/matrix/",
      "features/people/PersonSkillsTab.tsx:7 imports '../reports/PacketExport', which is in features/reports/",
      "features/people/PersonSkillsTab.tsx:9 imports '../roster-import/ImportRosterScreen', which is in features/roster-import/",
    ])
    expect(
      findCrossings('matrix-import/matrix-import.css', "@import '../roster-import/wizard.css';"),
    ).toEqual([
      "features/matrix-import/matrix-import.css:1 imports '../roster-import/wizard.css', which is in features/roster-import/",
    ])
  })
})
