// The tour's stops in order, and the harness a user's own copy would show: `npm run screens`
// (screens.ts) shoots them, test/e2e/tour-accessibility.spec.ts scans them with axe.
import { readFileSync } from 'node:fs'
import { dirname, join, posix, win32 } from 'node:path'
import { exampleBackupFolder } from '../../support/test-ports'
import type { HarnessOptions } from '../launch'
import { tourAgenda, tourCareers, tourPersonCareer, tourRetention } from './careers'
import { tourCheckins } from './checkins'
import { tourDashboard } from './dashboard'
import { tourEvaluation } from './evaluation'
import { openSampleCompany, tourFirstRun } from './first-run'
import { tourGoals } from './goals'
import { tourMatrix, tourSkills } from './matrix'
import { tourMatrixImport } from './matrix-import'
import { tourPeople, tourPerson } from './people'
import { tourRequests, tourResponseImport } from './requests'
import { tourReviews } from './reviews'
import { tourBackups, tourHelp, tourReports, tourSettings } from './settings'
import type { Scheme, Tour } from './tour'
import { tourTraining } from './training'

type TourPart = (tour: Tour) => Promise<void>

/**
 * In order, in segments that each start from a fresh app: the first run ends in the sample company,
 * every later segment opens it itself (openSampleCompany), so tour-accessibility.spec.ts scans the
 * segments as tests of their own, side by side. The parts that write data come last.
 */
export const tourSegments: ReadonlyArray<ReadonlyArray<TourPart>> = [
  [tourFirstRun],
  [tourDashboard, tourPeople, tourPerson],
  [tourMatrix, tourSkills, tourTraining],
  [tourGoals, tourCheckins, tourEvaluation],
  [tourReviews, tourRequests, tourReports, tourSettings, tourHelp],
  [tourAgenda, tourCareers, tourPersonCareer, tourRetention],
  [tourBackups, tourMatrixImport, tourResponseImport],
]

/** Walks every stop of the tour in order, in one app (`npm run screens`). */
export async function walkTour(tour: Tour): Promise<void> {
  for (const segment of tourSegments) await walkSegment(tour, segment)
}

/** Walks one segment in a fresh app: the sample company is opened first unless the segment is the first run. */
export async function walkTourSegment(tour: Tour, index: number): Promise<void> {
  if (index > 0) await openSampleCompany(tour)
  await walkSegment(tour, tourSegments[index]!)
}

async function walkSegment(tour: Tour, segment: ReadonlyArray<TourPart>): Promise<void> {
  for (const part of segment) await part(tour)
}

/** The home folder of exampleBackupFolder(), <home>/Documents/Trellis backups. */
const exampleHome = dirname(dirname(exampleBackupFolder()))

/** Where Trellis keeps its data in that home (README: "Where your data lives"). */
function exampleDataFolder(): string {
  if (process.platform === 'win32') return win32.join(exampleHome, 'AppData', 'Roaming', 'Trellis')
  if (process.platform === 'darwin') {
    return posix.join(exampleHome, 'Library', 'Application Support', 'Trellis')
  }
  return posix.join(exampleHome, '.config', 'Trellis')
}

/**
 * What a user's own copy shows: the real version, the data folder of their OS, a backup folder in
 * Documents, and any folder the tour picks in the temp folder as one in their home.
 */
export function tourHarnessOptions(scheme: Scheme): HarnessOptions {
  const { version } = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
    version: string
  }
  return {
    colorScheme: scheme,
    viewport: { width: 1440, height: 900 },
    backupFolder: exampleBackupFolder(),
    appVersion: version,
    shownUserDataPath: exampleDataFolder(),
    shownTempFolder: exampleHome,
  }
}
