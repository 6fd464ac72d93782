import { describe, expect, it } from 'vitest'
import { createStarterWorkspaceData } from './defaults'
import { readWorkspaceFile, serializeWorkspace } from './file-format'

function makeFile(): string {
  const data = createStarterWorkspaceData()
  data.teams.push({
    id: 'team-a',
    name: 'Ops',
    description: '',
    parentTeamId: null,
    leadPersonId: null,
  })
  return serializeWorkspace({
    workspaceName: 'Acme',
    appVersion: '0.1.0',
    exportedAt: '2026-11-23T10:00:00.000Z',
    data,
  })
}

describe('workspace file', () => {
  it('reads back exactly what it wrote', () => {
    const result = readWorkspaceFile(makeFile())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.workspaceName).toBe('Acme')
    expect(result.data).toEqual({
      ...createStarterWorkspaceData(),
      teams: [expect.objectContaining({ name: 'Ops' })],
    })
  })

  it('says where a record is wrong', () => {
    const file = JSON.parse(makeFile())
    file.tables.teams[0].name = ''
    const result = readWorkspaceFile(JSON.stringify(file))
    expect(result).toEqual({
      ok: false,
      message: expect.stringContaining('Table "teams", record 1: field "name"'),
    })
  })

  it('refuses a file from a newer version', () => {
    const file = JSON.parse(makeFile())
    file.formatVersion = 99
    const result = readWorkspaceFile(JSON.stringify(file))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/newer Trellis/)
  })

  it('refuses a truncated table, broken JSON and foreign files', () => {
    const file = JSON.parse(makeFile())
    file.tables.scaleLevels.pop()
    expect(readWorkspaceFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/scaleLevels.*should hold 5 records but holds 4/),
    })
    expect(readWorkspaceFile('{"tables":')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not valid JSON/),
    })
    expect(readWorkspaceFile('{"name":"x"}')).toEqual({
      ok: false,
      message: 'This is not a Trellis workspace file.',
    })
  })
})
