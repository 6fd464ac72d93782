import { useLiveQuery } from 'dexie-react-hooks'
import { Download, LineChart, Plus, Trash2, Upload } from 'lucide-react'
import { useMemo, useState } from 'react'
import {
  findMeasurementProblem,
  type MeasurementDraft,
} from '../../../../shared/domain/goals/form-checks'
import { buildKpiChart } from '../../../../shared/domain/goals/kpi-chart'
import { parseKpiValue } from '../../../../shared/domain/goals/kpi-import'
import type { Kpi } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteKpi, deleteMeasurement, recordMeasurement } from '../../db/repositories/kpis'
import { desktop } from '../../platform'
import { DataTable } from '../../ui/DataTable'
import { EmptyState } from '../../ui/EmptyState'
import { describeError, formatDate, todayIso } from '../../ui/format'
import { DateField, NumberField, SelectField, useForm } from '../../ui/form'
import { IconButton } from '../../ui/IconButton'
import { notify } from '../../ui/toast-store'
import { exportKpiSeriesCsv } from './goal-actions'
import { InlineForm } from './InlineForm'
import { KpiChart } from './KpiChart'
import { KpiFormDialog } from './KpiFormDialog'
import { KpiImportDialog } from './KpiImportDialog'
import { type GoalsData } from './use-goals-data'

const scopeLabels: Record<Kpi['scope'], string> = {
  company: 'Company',
  team: 'Per team',
  person: 'Per person',
}

export function KpiPanel(props: { data: GoalsData; fiscalStartMonth: number }) {
  const { data, fiscalStartMonth } = props
  const { db } = useCurrentWorkspace()
  const extra = useLiveQuery(async () => {
    const [measurements, initiatives, enrolments] = await Promise.all([
      db.kpiMeasurements.toArray(),
      db.initiatives.toArray(),
      db.enrolments.toArray(),
    ])
    return { measurements, initiatives, enrolments }
  }, [db])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [subjectChoice, setSubjectChoice] = useState<string>('')
  const [form, setForm] = useState<{ kpi: Kpi | null } | null>(null)
  const [isImportOpen, setIsImportOpen] = useState(false)
  const kpi = data.kpis.find((candidate) => candidate.id === selectedId) ?? data.kpis[0]

  const counts = useMemo(() => {
    const map = new Map<string, number>()
    for (const m of extra?.measurements ?? []) map.set(m.kpiId, (map.get(m.kpiId) ?? 0) + 1)
    return map
  }, [extra])

  const subjects = useMemo(() => {
    if (!kpi || !extra) return []
    if (kpi.scope === 'company') return [{ id: '', name: 'The company' }]
    const measured = new Set(
      extra.measurements.filter((m) => m.kpiId === kpi.id).map((m) => m.subjectId ?? ''),
    )
    const all =
      kpi.scope === 'team'
        ? data.teams.map((team) => ({ id: team.id, name: team.name }))
        : data.people
            .filter((person) => person.status === 'active' || measured.has(person.id))
            .map((person) => ({ id: person.id, name: person.displayName }))
    // Subjects with measurements first, so the chart opens on something.
    return [...all.filter((s) => measured.has(s.id)), ...all.filter((s) => !measured.has(s.id))]
  }, [kpi, extra, data.teams, data.people])
  const subjectId = subjects.some((s) => s.id === subjectChoice)
    ? subjectChoice
    : (subjects[0]?.id ?? '')
  const subjectName = subjects.find((s) => s.id === subjectId)?.name ?? ''

  const model = useMemo(
    () =>
      kpi && extra
        ? buildKpiChart({
            kpi,
            subjectId: kpi.scope === 'company' ? null : subjectId || null,
            measurements: extra.measurements,
            goals: data.goals,
            keyResults: data.keyResults,
            initiatives: extra.initiatives,
            enrolments: extra.enrolments,
            people: data.people,
            fiscalStartMonth,
          })
        : null,
    [kpi, extra, subjectId, data, fiscalStartMonth],
  )

  const removeKpi = async (target: Kpi): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete KPI',
      message: `Delete “${target.name}” and its ${counts.get(target.id) ?? 0} measurements?`,
      detail:
        'Key results and training initiatives that point at it keep their values and lose the link.',
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    try {
      await writeWithUndo(db, () => deleteKpi(db, target.id), `Deleted “${target.name}”.`)
      setSelectedId(null)
    } catch (error) {
      notify('error', `The KPI was not deleted: ${describeError(error)}`)
    }
  }

  if (!extra) return <p className="muted">Loading KPIs…</p>
  return (
    <div className="kpi-panel">
      <div className="toolbar">
        <div className="toolbar-spacer" />
        <div className="row">
          <button type="button" className="button" onClick={() => void exportKpiSeriesCsv(db)}>
            <Download size={16} aria-hidden /> Export KPI series
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setIsImportOpen(true)}
            disabled={data.kpis.length === 0}
          >
            <Upload size={16} aria-hidden /> Import measurements
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => setForm({ kpi: null })}
          >
            <Plus size={16} aria-hidden /> Add KPI
          </button>
        </div>
      </div>
      {!kpi ? (
        <EmptyState icon={LineChart} title="No KPIs yet">
          <p>
            KPIs are the numbers goals and trainings point at: customer satisfaction, error rate,
            time to serve. Add one, then record measurements by hand or import them from a CSV.
          </p>
        </EmptyState>
      ) : (
        <div className="kpi-layout">
          <nav aria-label="KPIs" className="kpi-list">
            <ul>
              {data.kpis.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className={`kpi-list-item${item.id === kpi.id ? ' is-selected' : ''}`}
                    aria-current={item.id === kpi.id ? 'true' : undefined}
                    onClick={() => setSelectedId(item.id)}
                  >
                    <span className="kpi-list-name">{item.name}</span>
                    <span className="muted">
                      {scopeLabels[item.scope]} · {counts.get(item.id) ?? 0} values
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <section className="card kpi-detail" aria-labelledby="kpi-title">
            <div className="card-header">
              <div>
                <h2 id="kpi-title">{kpi.name}</h2>
                <p className="muted">
                  {scopeLabels[kpi.scope]} ·{' '}
                  {kpi.direction === 'higher-is-better' ? 'higher is better' : 'lower is better'}
                  {kpi.unit ? ` · in ${kpi.unit}` : ''}
                </p>
              </div>
              <div className="row">
                <button type="button" className="button" onClick={() => setForm({ kpi })}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-danger"
                  onClick={() => void removeKpi(kpi)}
                >
                  Delete
                </button>
              </div>
            </div>
            {kpi.description ? <p>{kpi.description}</p> : null}
            {kpi.scope !== 'company' ? (
              <SelectField
                id="kpi-subject"
                className="inline-field"
                label={kpi.scope === 'team' ? 'Team' : 'Person'}
                value={subjectId}
                options={subjects.map((subject) => ({ value: subject.id, label: subject.name }))}
                onChange={setSubjectChoice}
              />
            ) : null}
            {model ? <KpiChart model={model} kpi={kpi} subjectName={subjectName} /> : null}
            <MeasurementForm
              key={`${kpi.id}-${subjectId}`}
              kpi={kpi}
              subjectId={kpi.scope === 'company' ? null : subjectId || null}
            />
            {model && model.points.length > 0 ? (
              <MeasurementTable
                rows={extra.measurements
                  .filter(
                    (m) =>
                      m.kpiId === kpi.id &&
                      m.subjectId === (kpi.scope === 'company' ? null : subjectId || null),
                  )
                  .sort((a, b) => b.date.localeCompare(a.date))}
                unit={kpi.unit}
              />
            ) : null}
          </section>
        </div>
      )}
      <KpiFormDialog
        kpi={form?.kpi ?? null}
        isOpen={form !== null}
        onClose={() => setForm(null)}
        onSaved={(saved) => setSelectedId(saved.id)}
      />
      <KpiImportDialog
        isOpen={isImportOpen}
        source={{
          kpis: data.kpis,
          teams: data.teams,
          people: data.people,
          measurements: extra.measurements,
        }}
        onClose={() => setIsImportOpen(false)}
      />
    </div>
  )
}

function MeasurementForm(props: { kpi: Kpi; subjectId: string | null }) {
  const { kpi, subjectId } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<MeasurementDraft, keyof MeasurementDraft>({
    idPrefix: 'measure',
    initial: () => ({ date: todayIso(), value: '' }),
    check: (draft) => findMeasurementProblem(draft, { scope: kpi.scope, subjectId }, todayIso()),
    save: async (draft) => {
      const value = parseKpiValue(draft.value) ?? 0
      await recordMeasurement(db, {
        id: crypto.randomUUID(),
        kpiId: kpi.id,
        subjectId,
        date: draft.date,
        value,
      })
      notify(
        'success',
        `Recorded ${value}${kpi.unit ? ` ${kpi.unit}` : ''} on ${formatDate(draft.date)}.`,
      )
      form.set('value', '')
    },
  })
  const { draft, set } = form
  return (
    <InlineForm
      form={form}
      submitLabel="Record measurement"
      className="kpi-measure-form"
      label="Record a measurement"
    >
      <DateField
        {...form.field('date')}
        label="Date"
        max={todayIso()}
        value={draft.date}
        onChange={(value) => set('date', value)}
      />
      <NumberField
        {...form.field('value')}
        label={`Value${kpi.unit ? ` (${kpi.unit})` : ''}`}
        step="any"
        value={draft.value}
        onChange={(value) => set('value', value)}
      />
    </InlineForm>
  )
}

function MeasurementTable(props: {
  rows: Array<{ id: string; date: string; value: number }>
  unit: string
}) {
  const { rows, unit } = props
  const { db } = useCurrentWorkspace()
  const [isAll, setIsAll] = useState(false)
  const shown = isAll ? rows : rows.slice(0, 8)
  const removeMeasurement = async (row: {
    id: string
    date: string
    value: number
  }): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete measurement',
      message: `Delete the value ${row.value} of ${formatDate(row.date)}?`,
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    await writeWithUndo(
      db,
      () => deleteMeasurement(db, row.id),
      `Deleted the value of ${formatDate(row.date)}.`,
    )
  }
  return (
    <details className="kpi-values">
      <summary>Measurements ({rows.length})</summary>
      <DataTable
        columns={['Date', { label: `Value${unit ? ` (${unit})` : ''}`, isNumeric: true }]}
        hasActions
      >
        {shown.map((row) => (
          <tr key={row.id}>
            <td>{formatDate(row.date)}</td>
            <td className="numeric">{row.value}</td>
            <td>
              <IconButton
                label={`Delete the measurement of ${row.date}`}
                icon={Trash2}
                size={14}
                onClick={() => void removeMeasurement(row)}
              />
            </td>
          </tr>
        ))}
      </DataTable>
      {rows.length > shown.length ? (
        <button type="button" className="link-button" onClick={() => setIsAll(true)}>
          Show all {rows.length}
        </button>
      ) : null}
    </details>
  )
}
