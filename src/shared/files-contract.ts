import { z } from 'zod'
import { isSafeFileName } from './domain/files/file-name'

/**
 * Files the careers and agenda screens write or read; spread into the IPC contract in
 * `contract.ts`. The renderer composes the calendar; main only writes it where the user chose.
 * Materials are copied into the workspace: main reads the picked file and hands its bytes over,
 * and to open one it writes the bytes to a private folder and asks the OS to open that copy.
 */

function returns<Output>(): Output {
  return undefined as Output
}

const FileName = z
  .string()
  .min(1)
  .max(200)
  .refine(isSafeFileName, 'A file name may not contain folders or any of / \\ : * ? " < > |')

/** A calendar of a few thousand events is well under 5 MB. */
export const maxCalendarChars = 5 * 1024 * 1024
/** A material is a handout or a slide deck: 20 MB keeps the workspace and its backups small. */
export const maxMaterialBytes = 20 * 1024 * 1024

export type PickedMaterial =
  | { status: 'picked'; fileName: string; size: number; data: string }
  | { status: 'refused'; fileName: string; reason: string }
  | { status: 'cancelled' }

export const filesContract = {
  saveCalendar: {
    channel: 'calendar:save',
    input: z
      .object({
        title: z.string().min(1).max(200),
        suggestedName: FileName,
        text: z.string().max(maxCalendarChars),
      })
      .strict(),
    output: returns<{ status: 'saved'; fileName: string } | { status: 'cancelled' }>(),
  },
  pickMaterialFile: {
    channel: 'materials:pick',
    input: z.object({ title: z.string().min(1).max(200) }).strict(),
    output: returns<PickedMaterial>(),
  },
  openMaterialFile: {
    channel: 'materials:open',
    input: z
      .object({
        id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/),
        fileName: FileName,
        data: z.string().max(Math.ceil((maxMaterialBytes * 4) / 3) + 4),
      })
      .strict(),
    output: returns<{ isOpened: boolean; error: string }>(),
  },
} as const
