// The files a user would pick in the tour, under names a user would give them (the fixtures' own
// names, such as roster-hr-export.csv, are test names the wizards would show).
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Tour } from './tour'

const fixtures = join(process.cwd(), 'test', 'fixtures', 'csv')

const userFiles = {
  roster: { fixture: join(fixtures, 'roster-hr-export.csv'), name: 'Northwind HR export.csv' },
  matrix: { fixture: join(fixtures, 'matrix', 'kestrel-matrix.csv'), name: 'Roastery skills.csv' },
  kpis: {
    fixture: join(fixtures, 'goals', 'kpi-measurements.csv'),
    name: 'KPI measurements November.csv',
  },
} as const

/** A folder of the user's own in the harness's temp folder (never shown: the app shows names). */
export function userFolder(tour: Tour): string {
  return join(tour.app.tempDir, 'Documents')
}

/** Copies a fixture to the user's folder under a real-looking name and returns its path. */
export async function prepareUserFile(tour: Tour, kind: keyof typeof userFiles): Promise<string> {
  const { fixture, name } = userFiles[kind]
  await mkdir(userFolder(tour), { recursive: true })
  const path = join(userFolder(tour), name)
  await copyFile(fixture, path)
  return path
}
