import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { maxMaterialBytes, type filesContract } from '../shared/files-contract'
import type { HandlerTable } from './handlers'
import type { Ports } from './ports'
import { writeFileAtomic } from './services/atomic-write'

type FilesHandlers = Pick<HandlerTable, keyof typeof filesContract>

const calendarFilters = [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }]
const materialFilters = [{ name: 'All files', extensions: ['*'] }]

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`
}

export function createFilesHandlers(ports: Ports): FilesHandlers {
  return {
    saveCalendar: async ({ title, suggestedName, text }) => {
      const path = await ports.dialogs.chooseSavePath({
        title,
        defaultName: suggestedName,
        filters: calendarFilters,
      })
      if (!path) return { status: 'cancelled' }
      await writeFileAtomic(path, text)
      return { status: 'saved', fileName: basename(path) }
    },

    pickMaterialFile: async ({ title }) => {
      const path = await ports.dialogs.chooseOpenPath({ title, filters: materialFilters })
      if (!path) return { status: 'cancelled' }
      const fileName = basename(path)
      const { size, isFile } = await stat(path).then(
        (info) => ({ size: info.size, isFile: info.isFile() }),
        () => ({ size: 0, isFile: false }),
      )
      if (!isFile) return { status: 'refused', fileName, reason: 'It could not be read.' }
      if (size > maxMaterialBytes) {
        return {
          status: 'refused',
          fileName,
          reason: `It is ${formatMegabytes(size)}; a material may be ${formatMegabytes(maxMaterialBytes)} at most.`,
        }
      }
      const bytes = await readFile(path)
      return { status: 'picked', fileName, size: bytes.byteLength, data: bytes.toString('base64') }
    },

    openMaterialFile: async ({ id, fileName, data }) => {
      // A folder per material, so two files of the same name never overwrite each other.
      const folder = join(ports.appInfo.userDataPath, 'opened-materials', id)
      await mkdir(folder, { recursive: true })
      const path = join(folder, fileName)
      await writeFile(path, Buffer.from(data, 'base64'))
      const error = await ports.shell.openPath(path)
      return { isOpened: error === '', error }
    },
  }
}
