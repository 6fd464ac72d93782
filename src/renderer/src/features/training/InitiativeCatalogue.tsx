import { useLiveQuery } from 'dexie-react-hooks'
import { BookOpenCheck, ChevronRight, Plus } from 'lucide-react'
import { Fragment, useMemo, useState } from 'react'
import {
  describeProvider,
  formatTargetChange,
} from '../../../../shared/domain/training/accountability'
import { formatLabels, isLowCost } from '../../../../shared/domain/training/labels'
import { LearningFormat, type TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { countMaterialsByOwner } from '../../db/repositories/materials'
import type { WorkspaceDb } from '../../db/workspace-db'
import { DataTable, RowActions } from '../../ui/DataTable'
import { EditDeleteButtons } from '../../ui/EditDeleteButtons'
import { EmptyState } from '../../ui/EmptyState'
import { SelectField } from '../../ui/SelectField'
import { InitiativeFormDialog } from './InitiativeFormDialog'
import { MaterialsPanel } from './MaterialsPanel'
import { confirmDeleteInitiative } from './training-actions'
import { describeMoney, formatHours } from './use-training-data'
import { useWorkspaceSettings } from '../../app/use-workspace-settings'

async function readCatalogue(db: WorkspaceDb) {
  const [initiatives, skills, people, kpis, enrolmentKeys, materials] = await Promise.all([
    db.initiatives.toArray(),
    db.skills.toArray(),
    db.people.toArray(),
    db.kpis.toArray(),
    db.enrolments.orderBy('initiativeId').keys(),
    countMaterialsByOwner(db),
  ])
  const enrolled = new Map<string, number>()
  for (const key of enrolmentKeys) enrolled.set(String(key), (enrolled.get(String(key)) ?? 0) + 1)
  return {
    initiatives: initiatives.sort((a, b) => a.title.localeCompare(b.title)),
    skills: new Map(skills.map((s) => [s.id, s.name])),
    people: new Map(people.map((p) => [p.id, p])),
    kpis: new Map(kpis.map((k) => [k.id, k])),
    enrolled,
    materials,
  }
}

const catalogueColumns = [
  'Initiative',
  'Skills it builds',
  'Cost',
  'Hours',
  'Outcome → KPI → measurement',
  'Enrolled',
]

export function InitiativeCatalogue() {
  const { db } = useCurrentWorkspace()
  const settings = useWorkspaceSettings()
  const catalogue = useLiveQuery(() => readCatalogue(db), [db])
  const [search, setSearch] = useState('')
  const [format, setFormat] = useState('all')
  const [cost, setCost] = useState('all')
  const [editing, setEditing] = useState<TrainingInitiative | 'new' | null>(null)
  // The one initiative whose materials are shown under its row.
  const [materialsOf, setMaterialsOf] = useState<string | null>(null)

  const shown = useMemo(() => {
    if (!catalogue) return []
    const needle = search.trim().toLocaleLowerCase()
    return catalogue.initiatives.filter(
      (i) =>
        (format === 'all' || i.format === format) &&
        (cost === 'all' || (cost === 'low') === isLowCost(i)) &&
        (needle === '' ||
          [
            i.title,
            i.description,
            i.provider.name,
            ...i.skillTargets.map((t) => catalogue.skills.get(t.skillId) ?? ''),
          ]
            .join(' ')
            .toLocaleLowerCase()
            .includes(needle)),
    )
  }, [catalogue, search, format, cost])

  if (!catalogue) return <p className="muted">Loading the catalogue…</p>
  const addButton = (
    <button type="button" className="button button-primary" onClick={() => setEditing('new')}>
      <Plus size={16} aria-hidden /> Add initiative
    </button>
  )

  return (
    <>
      {catalogue.initiatives.length === 0 ? (
        <EmptyState icon={BookOpenCheck} title="The catalogue is empty" actions={addButton}>
          <p>
            Add the training you can offer: internal experts, peer mentoring and free resources
            count as much as paid courses. Each initiative names the skills it builds and how its
            effect will be measured.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="training-toolbar">
            <div className="field">
              <label htmlFor="catalogue-search">Search</label>
              <input
                id="catalogue-search"
                type="search"
                value={search}
                placeholder="Title, provider or skill"
                onChange={(event) => setSearch(event.target.value)}
              />
            </div>
            <SelectField
              id="catalogue-format"
              label="Format"
              value={format}
              onChange={setFormat}
              options={[
                { value: 'all', label: 'All formats' },
                ...LearningFormat.options.map((f) => ({ value: f, label: formatLabels[f] })),
              ]}
            />
            <SelectField
              id="catalogue-cost"
              label="Cost"
              value={cost}
              onChange={setCost}
              options={[
                { value: 'all', label: 'Any cost' },
                { value: 'low', label: 'Low-cost formats' },
                { value: 'paid', label: 'Paid formats' },
              ]}
            />
            <span className="toolbar-spacer" />
            {addButton}
          </div>
          <p className="muted" aria-live="polite">
            {shown.length} of {catalogue.initiatives.length} initiatives
          </p>
          <div className="table-scroll">
            <DataTable columns={catalogueColumns} hasActions>
              {shown.map((initiative) => {
                const kpi = initiative.kpiId ? catalogue.kpis.get(initiative.kpiId) : undefined
                const materialCount = catalogue.materials.get(initiative.id) ?? 0
                const isShowingMaterials = materialsOf === initiative.id
                const panelId = `materials-${initiative.id}`
                return (
                  <Fragment key={initiative.id}>
                    <tr className={isShowingMaterials ? 'has-materials-open' : undefined}>
                      <td>
                        <strong>{initiative.title}</strong>
                        <p className="initiative-line">
                          <span className="badge">{formatLabels[initiative.format]}</span>{' '}
                          {isLowCost(initiative) ? (
                            <span className="badge badge-accent">Low cost</span>
                          ) : null}{' '}
                          {describeProvider(initiative, catalogue.people)}
                        </p>
                      </td>
                      <td>
                        {initiative.skillTargets.length === 0 ? (
                          <span className="muted">None set</span>
                        ) : (
                          initiative.skillTargets
                            .map(
                              (t) =>
                                `${catalogue.skills.get(t.skillId) ?? 'Unknown'} → ${t.targetLevel}`,
                            )
                            .join(', ')
                        )}
                      </td>
                      <td>
                        {initiative.cost === 0 ? 'Free' : describeMoney(initiative.cost, settings)}
                      </td>
                      <td>{formatHours(initiative.hours)}</td>
                      <td>
                        {initiative.learningOutcome || (
                          <span className="muted">No outcome yet</span>
                        )}
                        <p className="initiative-line">
                          {kpi ? (
                            <>
                              <strong>{kpi.name}</strong>{' '}
                              {formatTargetChange(initiative.targetChange, kpi)}
                            </>
                          ) : (
                            'No KPI'
                          )}
                          {initiative.measurementMethod ? ` · ${initiative.measurementMethod}` : ''}
                        </p>
                      </td>
                      <td>{catalogue.enrolled.get(initiative.id) ?? 0}</td>
                      <RowActions>
                        <button
                          type="button"
                          className="link-button materials-toggle"
                          aria-expanded={isShowingMaterials}
                          aria-controls={isShowingMaterials ? panelId : undefined}
                          aria-label={`Materials (${materialCount}) of ${initiative.title}`}
                          onClick={() => setMaterialsOf(isShowingMaterials ? null : initiative.id)}
                        >
                          <ChevronRight className="materials-chevron" size={14} aria-hidden />
                          Materials ({materialCount})
                        </button>
                        <EditDeleteButtons
                          name={initiative.title}
                          onEdit={() => setEditing(initiative)}
                          onDelete={() => void confirmDeleteInitiative(db, initiative)}
                        />
                      </RowActions>
                    </tr>
                    {isShowingMaterials ? (
                      <tr className="materials-row">
                        <td colSpan={catalogueColumns.length + 1}>
                          <MaterialsPanel initiative={initiative} id={panelId} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                )
              })}
            </DataTable>
          </div>
        </>
      )}
      <InitiativeFormDialog
        isOpen={editing !== null}
        initiative={editing === 'new' ? null : editing}
        onClose={() => setEditing(null)}
      />
    </>
  )
}
