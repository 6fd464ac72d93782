import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  answerEveryQuestion,
  createDefaultRequestInput,
  createInputRequest,
} from '../../../../../shared/domain/requests'
import { generateSampleCompany } from '../../../../../shared/domain/sample/generate'
import type { InputRequest, RequestResponse, WorkspaceData } from '../../../../../shared/model'
import { replaceWorkspaceData } from '../../../db/repositories/snapshot'
import { openWorkspaceDb } from '../../../db/workspace-db'
import { readPulseData, saveMinResponses } from './use-pulse'

const today = '2026-11-23'
let counter = 0
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`

function makePulse(data: WorkspaceData, title: string, dueDate: string): InputRequest {
  const base = createDefaultRequestInput({ kind: 'team-pulse' }, data, { today, askedBy: 'Mara' })
  // Made on its own day (a past pulse was new then).
  const result = createInputRequest({ ...base, title, dueDate, expiresOn: dueDate }, data, {
    id: `pulse-${++counter}`,
    today: dueDate,
    newToken: uuid,
  })
  if (!result.ok) throw new Error(result.message)
  return result.request
}

function respond(request: InputRequest, count: number): RequestResponse[] {
  const recipient = request.recipients[0]!
  return Array.from({ length: count }, (_, index) => ({
    id: uuid(),
    requestId: request.id,
    recipientToken: recipient.token,
    personId: null,
    submittedAt: `${today}T09:00:00.000Z`,
    importedAt: `${today}T10:00:00.000Z`,
    fileName: '',
    answers: answerEveryQuestion(recipient.questions, (q, n) => (q.id === 'enps' ? 10 : index % n)),
  }))
}

describe('the Pulse view data', () => {
  it('lists pulses newest first and hides those below the minimum, which the setting moves', async () => {
    const data = generateSampleCompany({ today })
    data.requests = []
    data.responses = []
    const older = makePulse(data, 'Autumn pulse', '2026-10-01')
    const newer = makePulse(data, 'Winter pulse', '2026-11-30')
    data.requests = [older, newer]
    data.responses = [...respond(older, 5), ...respond(newer, 4)]
    const db = openWorkspaceDb('pulse-view-data')
    await replaceWorkspaceData(db, data)

    const shown = await readPulseData(db)
    expect(shown.minResponses).toBe(5)
    expect(shown.pulses.map((p) => [p.title, p.responseCount, p.isHidden])).toEqual([
      ['Winter pulse', 4, true],
      ['Autumn pulse', 5, false],
    ])
    expect(shown.pulses[1]!.enps?.score).toBe(100)
    expect(shown.pulses[0]!.comments).toEqual([])
    const enpsTrend = shown.trends.find((t) => t.key === 'enps')!
    expect(enpsTrend.points.map((p) => p.value)).toEqual([100, null])

    await saveMinResponses(db, 3)
    const lowered = await readPulseData(db)
    expect(lowered.pulses.map((p) => p.isHidden)).toEqual([false, false])

    // Out of range is held to 3..10, never stored as given.
    await saveMinResponses(db, 42)
    expect((await readPulseData(db)).minResponses).toBe(10)
    db.close()
  })
})
