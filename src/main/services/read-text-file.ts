import { readFile, stat } from 'node:fs/promises'

export class FileTooLargeError extends Error {}

/** Reads a UTF-8 text file, refusing anything larger than `maxBytes` before reading it. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  const info = await stat(path)
  if (!info.isFile()) throw new Error('That is not a file.')
  if (info.size > maxBytes) {
    throw new FileTooLargeError(
      `The file is ${formatMegabytes(info.size)}; files up to ${formatMegabytes(maxBytes)} can be opened.`,
    )
  }
  const text = await readFile(path, 'utf8')
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
