import { useCallback, useMemo, useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  buildSkillMatrix,
  listMatrixColumns,
  listMatrixRows,
  withAssessment,
  type SkillMatrix,
} from '../../../../shared/domain/skills'
import { indexCertificateMarks } from '../../../../shared/domain/careers/certifications'
import { Assessment, type WorkspaceSettings } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { recordAssessment } from '../../db/repositories/assessments'
import { notify } from '../../ui/toast-store'
import { CellDetailDialog, type CellTarget } from './CellDetailDialog'
import type { GridColumn, GridRow } from './grid-types'
import type { MatrixData } from '../../db/repositories/matrix-data'
import { MatrixFilters, type MatrixFilterState } from './MatrixFilters'
import { MatrixGrid } from './MatrixGrid'
import { listOwnerNames, OwnersNote } from './OwnersNote'

function createInitialFilters(data: MatrixData): MatrixFilterState {
  return {
    teamId: 'all',
    roleId: 'all',
    categoryId: 'all',
    isOnlyGaps: false,
    isOnlyCritical: false,
    sort: 'team',
    matrixSource: data.settings.matrixSource,
  }
}

function buildModel(data: MatrixData, filters: MatrixFilterState): SkillMatrix {
  const categoryOrder = new Map(data.categories.map((category, index) => [category.id, index]))
  // Columns grouped by category, in the catalogue's order.
  const skills = [...data.skills].sort(
    (a, b) =>
      (categoryOrder.get(a.categoryId) ?? 99) - (categoryOrder.get(b.categoryId) ?? 99) ||
      a.name.localeCompare(b.name),
  )
  return buildSkillMatrix({
    ...data,
    skills,
    settings: { ...data.settings, matrixSource: filters.matrixSource },
    filter: {
      teamIds: filters.teamId === 'all' ? [] : [filters.teamId],
      roleIds: filters.roleId === 'all' ? [] : [filters.roleId],
      categoryIds: filters.categoryId === 'all' ? [] : [filters.categoryId],
      onlyCritical: filters.isOnlyCritical,
    },
  })
}

/** The grid with its filters. The model is built once per filter change; each edit updates it in place. */
export function MatrixView(props: {
  data: MatrixData
  onRecorded: (assessment: Assessment) => void
  onRequirementsChanged: () => void
  onSettingsChanged: (changes: Partial<WorkspaceSettings>) => void
}) {
  const { data, onRecorded, onRequirementsChanged, onSettingsChanged } = props
  const { db } = useCurrentWorkspace()
  const [filters, setFilters] = useState(() => createInitialFilters(data))
  const [model, setModel] = useState(() => buildModel(data, filters))
  const [detail, setDetail] = useState<CellTarget | null>(null)
  // Requirements reloaded from the database (an edited personal requirement) mean a rebuild;
  // a recorded assessment does not: the model already has it.
  const [builtFrom, setBuiltFrom] = useState(data.requirementOverrides)
  if (builtFrom !== data.requirementOverrides) {
    setBuiltFrom(data.requirementOverrides)
    setModel(buildModel(data, filters))
  }

  const changeFilters = (next: MatrixFilterState) => {
    setFilters(next)
    setModel(buildModel(data, next))
    if (next.matrixSource !== filters.matrixSource) {
      void db.settings.put({ key: 'matrixSource', value: next.matrixSource })
      onSettingsChanged({ matrixSource: next.matrixSource })
    }
  }

  const teamNames = useMemo(
    () => new Map(data.teams.map((team) => [team.id, team.name])),
    [data.teams],
  )
  const categoryNames = useMemo(
    () => new Map(data.categories.map((category) => [category.id, category.name])),
    [data.categories],
  )

  const rows = useMemo((): GridRow[] => {
    const sorted = listMatrixRows(model, {
      sortBy: filters.sort === 'total-gap' ? 'total-gap' : 'name',
      onlyWithGaps: filters.isOnlyGaps,
    })
    const toRow = (row: (typeof sorted)[number]): GridRow => ({
      kind: 'person',
      personId: row.personId,
      name: row.name,
      totalGap: row.totalGap,
      isCounted: row.isCounted,
    })
    if (filters.sort !== 'team') return sorted.map(toRow)
    const byTeam = new Map<string, GridRow[]>()
    const owners: GridRow[] = []
    for (const row of sorted) {
      if (!row.isCounted) {
        owners.push(toRow(row))
        continue
      }
      const team = row.teamId ? (teamNames.get(row.teamId) ?? 'No team') : 'No team'
      byTeam.set(team, [...(byTeam.get(team) ?? []), toRow(row)])
    }
    // Owners first, the top of the organisation, in a group of their own: they are in no team.
    const ownerGroup: [string, GridRow[]][] =
      owners.length > 0 ? [['Owners · not counted', owners]] : []
    return [...ownerGroup, ...[...byTeam.entries()].sort(([a], [b]) => a.localeCompare(b))].flatMap(
      ([team, members]): GridRow[] => [
        { kind: 'group', label: `${team} · ${members.length}` },
        ...members,
      ],
    )
  }, [model, filters, teamNames])

  const columns = useMemo(
    (): GridColumn[] =>
      listMatrixColumns(model, { onlyWithGaps: filters.isOnlyGaps }).map((column) => ({
        skillId: column.skillId,
        name: column.name,
        categoryName: categoryNames.get(column.categoryId) ?? '',
        isCritical: column.isCritical,
        coverage: {
          atOrAbove: column.holderCount,
          needing: column.needCount,
          minExperts: column.minExperts,
        },
      })),
    [model, filters.isOnlyGaps, categoryNames],
  )

  const ownerNames = useMemo(() => listOwnerNames(model), [model])

  // Stable, so the grid's memoised rows are not redrawn when something else on the screen changes.
  const scaleLabels = useMemo(() => data.scale.map((step) => step.label), [data.scale])

  const certificateMarks = useMemo(
    () =>
      indexCertificateMarks({
        people: data.people,
        roleRequirements: data.roleRequirements,
        certifications: data.certifications,
        today: toLocalIsoDate(new Date()),
      }),
    [data.people, data.roleRequirements, data.certifications],
  )
  const getCell = useCallback(
    (personId: string, skillId: string) => {
      const cell = model.getCell(personId, skillId)
      const certificate = certificateMarks.get(`${personId}:${skillId}`)
      return certificate ? { ...cell, certificate } : cell
    },
    [model, certificateMarks],
  )

  const record = useCallback(
    async (input: Omit<Assessment, 'id'>) => {
      // Shown at once, saved right after; a failed save puts the matrix back as it was.
      const assessment = Assessment.parse({ ...input, id: crypto.randomUUID() })
      setModel((current) => withAssessment(current, assessment).model)
      try {
        await recordAssessment(db, assessment)
        onRecorded(assessment)
      } catch (error) {
        setModel(buildModel(data, filters))
        throw error
      }
    },
    [db, data, filters, onRecorded],
  )

  const setLevel = useCallback(
    (personId: string, skillId: string, level: number) => {
      void record({
        personId,
        skillId,
        level,
        source: 'manager',
        date: toLocalIsoDate(new Date()),
        assessorId: null,
        note: '',
      }).catch((error: unknown) =>
        notify(
          'error',
          `The level was not saved: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
    },
    [record],
  )

  const openCell = useCallback(
    (personId: string, skillId: string) => {
      setDetail({
        personId,
        skillId,
        personName: model.people.get(personId)?.displayName ?? '',
        skillName: model.skills.get(skillId)?.name ?? '',
      })
    },
    [model],
  )

  return (
    <>
      <MatrixFilters data={data} filters={filters} onChange={changeFilters} />
      <p className="matrix-legend" id="matrix-legend">
        <span>
          <strong>2</strong>/3 = level 2 of a required 3
        </span>
        <span>−1 = gap of one level</span>
        <span>
          <span className="swatch" style={{ background: 'var(--heat-ok)' }} aria-hidden /> meets
        </span>
        <span>
          <span className="swatch" style={{ background: 'var(--heat-gap-1)' }} aria-hidden /> one
          level short
        </span>
        <span>
          <span className="swatch" style={{ background: 'var(--heat-gap-2)' }} aria-hidden /> two or
          more short
        </span>
        <span>– = not assessed</span>
      </p>
      <OwnersNote names={ownerNames}>Their own row still shows their levels.</OwnersNote>
      {rows.length === 0 || columns.length === 0 ? (
        <p className="muted" role="status">
          No people or skills match these filters.
        </p>
      ) : (
        <MatrixGrid
          rows={rows}
          columns={columns}
          getCell={getCell}
          scaleLabels={scaleLabels}
          maxLevel={data.scale.at(-1)?.level ?? 4}
          onSetLevel={setLevel}
          onOpenCell={openCell}
        />
      )}
      <CellDetailDialog
        target={detail}
        cell={detail ? getCell(detail.personId, detail.skillId) : null}
        requirement={detail ? model.getRequirement(detail.personId, detail.skillId) : null}
        people={[...data.people]}
        scale={data.scale}
        onRequirementChanged={onRequirementsChanged}
        onClose={() => setDetail(null)}
        onRecord={record}
      />
    </>
  )
}
