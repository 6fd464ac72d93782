import type { Material } from '../../../../shared/model'

/** A file's size as a person reads it: "740 bytes", "12 KB", "3.4 MB", "18 MB". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`
  const kilobytes = bytes / 1024
  if (kilobytes < 1024) return `${Math.round(kilobytes)} KB`
  const megabytes = kilobytes / 1024
  return megabytes < 10 ? `${megabytes.toFixed(1)} MB` : `${Math.round(megabytes)} MB`
}

/** Where a material is: a link's site ("example.org") or a file's name and size. */
export function describeMaterialSource(material: Material): string {
  if (material.kind === 'file') return `${material.fileName} · ${formatFileSize(material.size)}`
  try {
    return new URL(material.url).hostname.replace(/^www\./, '')
  } catch {
    return material.url
  }
}

/** The window title of the file dialog: main allows 200 characters, a title may have 300. */
export function toPickFileTitle(initiativeTitle: string): string {
  const name =
    initiativeTitle.length > 160 ? `${initiativeTitle.slice(0, 159).trimEnd()}…` : initiativeTitle
  return `Add a file to “${name}”`
}
