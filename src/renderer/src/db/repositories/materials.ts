import { toSafeFileName } from '../../../../shared/domain/files/file-name'
import { maxMaterialBytes } from '../../../../shared/files-contract'
import { Material } from '../../../../shared/model'
import type { WorkspaceDb } from '../workspace-db'
import { parseRecord } from './record-checks'
import { deleteInitiative } from './training'

export type LinkMaterial = Extract<Material, { kind: 'link' }>
export type FileMaterial = Extract<Material, { kind: 'file' }>

export interface LinkMaterialDraft {
  ownerId: string
  title: string
  url: string
}

export interface FileMaterialDraft {
  ownerId: string
  /** Empty: the file's name without its extension. */
  title: string
  fileName: string
  size: number
  /** The file's bytes, base64. */
  data: string
}

/** What is wrong with a link, and which of its two fields to fix. */
export interface LinkMaterialProblem {
  field: 'title' | 'url'
  message: string
}

const maxTitleChars = 300
const maxUrlChars = 2000
/** main's file-name check (files-contract.ts) allows 200 characters for a material it opens. */
const maxFileNameChars = 200

function parseUrl(text: string): URL | null {
  try {
    return new URL(text)
  } catch {
    return null
  }
}

/**
 * The address as it is stored: trimmed, with https:// put in front of a bare "example.org/page".
 * Only https:// is kept: main opens nothing else in the browser (security.ts), so an http:// link
 * would be saved and then never open.
 */
export function readLinkUrl(text: string): { url: string } | { problem: string } {
  const trimmed = text.trim()
  if (trimmed === '') return { problem: 'Enter the address of the page, starting with https://.' }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed)
  const candidate = hasScheme ? trimmed : `https://${trimmed}`
  const url = parseUrl(candidate)
  const notAddress = `“${trimmed}” is not a web address. Copy it from the browser's address bar.`
  if (!url) return { problem: notAddress }
  if (url.protocol === 'http:') {
    return {
      problem:
        'Trellis opens only secure links, which start with https://. Use the https:// address of the page (most sites have one).',
    }
  }
  if (url.protocol !== 'https:') {
    return { problem: 'Trellis opens only web addresses that start with https://.' }
  }
  // A bare "intranet" is more likely a typo than a page; with its scheme typed, it is taken as meant.
  const isBareWord = !hasScheme && !url.hostname.includes('.')
  if (url.hostname === '' || isBareWord || /\s/.test(trimmed)) return { problem: notAddress }
  if (url.username || url.password) {
    return { problem: 'A link may not carry a user name or password.' }
  }
  if (candidate.length > maxUrlChars) {
    return { problem: `The address is longer than ${maxUrlChars.toLocaleString('en')} characters.` }
  }
  return { url: candidate }
}

/** The first problem with a link draft, or null; the add-link form shows it on its field. */
export function findLinkMaterialProblem(draft: LinkMaterialDraft): LinkMaterialProblem | null {
  const title = draft.title.trim()
  if (title === '') {
    return { field: 'title', message: 'Give the link a title, for example “Course page”.' }
  }
  if (title.length > maxTitleChars) {
    return { field: 'title', message: `The title is longer than ${maxTitleChars} characters.` }
  }
  const url = readLinkUrl(draft.url)
  return 'problem' in url ? { field: 'url', message: url.problem } : null
}

async function checkOwner(db: WorkspaceDb, ownerId: string): Promise<void> {
  if (!(await db.initiatives.get(ownerId))) {
    throw new Error('That initiative no longer exists, so nothing was saved.')
  }
}

/** Adds a link to an initiative's materials; refused, with nothing saved, when it is not valid. */
export async function addLinkMaterial(
  db: WorkspaceDb,
  draft: LinkMaterialDraft,
  now: Date = new Date(),
): Promise<LinkMaterial> {
  const problem = findLinkMaterialProblem(draft)
  if (problem) throw new Error(problem.message)
  const url = readLinkUrl(draft.url)
  const record = parseRecord(
    Material,
    {
      id: crypto.randomUUID(),
      ownerId: draft.ownerId,
      kind: 'link',
      title: draft.title.trim(),
      url: 'url' in url ? url.url : '',
      addedAt: now.toISOString(),
    },
    'link',
  ) as LinkMaterial
  await db.transaction('rw', db.initiatives, db.materials, async () => {
    await checkOwner(db, draft.ownerId)
    await db.materials.add(record)
  })
  return record
}

/** A file name every OS accepts and main will open: reserved characters out, the extension kept. */
export function toStoredFileName(name: string): string {
  const safe = toSafeFileName(name, 'material')
  if (safe.length <= maxFileNameChars) return safe
  const dot = safe.lastIndexOf('.')
  const extension = dot > 0 && safe.length - dot <= 16 ? safe.slice(dot) : ''
  return `${safe.slice(0, maxFileNameChars - extension.length).trimEnd()}${extension}`
}

/** The title a file gets when none is given: its name without the extension. */
export function toFileTitle(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  const base = dot > 0 ? fileName.slice(0, dot).trim() : fileName
  return (base || fileName).slice(0, maxTitleChars)
}

/** How many bytes a base64 text holds, or null when it is not base64. */
function countBase64Bytes(data: string): number | null {
  if (data.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) return null
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0
  return (data.length / 4) * 3 - padding
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`
}

/**
 * Copies a picked file into an initiative's materials: its bytes are stored in the record, so
 * backups and the open export carry it. Refused, with nothing saved, when it is too large or its
 * bytes did not arrive whole.
 */
export async function addFileMaterial(
  db: WorkspaceDb,
  draft: FileMaterialDraft,
  now: Date = new Date(),
): Promise<FileMaterial> {
  const fileName = toStoredFileName(draft.fileName)
  if (draft.size > maxMaterialBytes) {
    throw new Error(
      `“${fileName}” is ${formatMegabytes(draft.size)}; a material may be ${formatMegabytes(maxMaterialBytes)} at most. Nothing was saved.`,
    )
  }
  if (countBase64Bytes(draft.data) !== draft.size) {
    throw new Error(`“${fileName}” did not arrive whole. Add it again; nothing was saved.`)
  }
  const record = parseRecord(
    Material,
    {
      id: crypto.randomUUID(),
      ownerId: draft.ownerId,
      kind: 'file',
      title: draft.title.trim() || toFileTitle(fileName),
      fileName,
      size: draft.size,
      data: draft.data,
      addedAt: now.toISOString(),
    },
    'file',
  ) as FileMaterial
  await db.transaction('rw', db.initiatives, db.materials, async () => {
    await checkOwner(db, draft.ownerId)
    await db.materials.add(record)
  })
  return record
}

export async function deleteMaterial(db: WorkspaceDb, id: string): Promise<void> {
  await db.materials.delete(id)
}

/** An initiative's materials, in the order they were added. */
export async function listMaterials(db: WorkspaceDb, ownerId: string): Promise<Material[]> {
  const materials = await db.materials.where('ownerId').equals(ownerId).toArray()
  return materials.sort(
    (a, b) => a.addedAt.localeCompare(b.addedAt) || a.title.localeCompare(b.title),
  )
}

/** How many materials each owner has, read from the index alone (no file's bytes are loaded). */
export async function countMaterialsByOwner(db: WorkspaceDb): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const key of await db.materials.orderBy('ownerId').keys()) {
    counts.set(String(key), (counts.get(String(key)) ?? 0) + 1)
  }
  return counts
}

/** Deletes an initiative (as `deleteInitiative` does) and its materials, in one transaction. */
export async function deleteInitiativeWithMaterials(
  db: WorkspaceDb,
  initiativeId: string,
): Promise<void> {
  await db.transaction(
    'rw',
    [db.initiatives, db.enrolments, db.planItems, db.campaigns, db.evaluations, db.materials],
    async () => {
      await deleteInitiative(db, initiativeId)
      await db.materials.where('ownerId').equals(initiativeId).delete()
    },
  )
}
