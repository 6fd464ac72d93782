import { useLiveQuery } from 'dexie-react-hooks'
import { BarChart3 } from 'lucide-react'
import { useMemo, useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  createWording,
  evaluateCampaigns,
  evaluateInitiativeEnrolments,
  evaluateInitiatives,
  readAssumptions,
  type EvaluationCard,
} from '../../../../shared/domain/evaluation'
import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { SelectField } from '../../ui/SelectField'
import { AssumptionsDialog } from './AssumptionsDialog'
import { EvaluationCardView } from './EvaluationCardView'
import { EvaluationOverview } from './EvaluationOverview'
import { RecordEvaluationDialog } from './RecordEvaluationDialog'
import { loadEvaluationData } from '../../db/repositories/evaluation-data'
import './evaluation.css'

type Filter = 'all' | 'results' | 'needs-evidence' | 'campaigns'

const filterOptions: { value: Filter; label: string }[] = [
  { value: 'all', label: 'All campaigns and trainings' },
  { value: 'campaigns', label: 'Campaigns only' },
  { value: 'results', label: 'With level-4 evidence' },
  { value: 'needs-evidence', label: 'Still needing evidence' },
]

function matches(card: EvaluationCard, filter: Filter): boolean {
  if (filter === 'campaigns') return card.kind === 'campaign'
  if (filter === 'results') return card.levels.results !== null
  if (filter === 'needs-evidence') return card.evidenceNeeded.length > 0
  return true
}

export function EvaluationScreen() {
  const { db } = useCurrentWorkspace()
  const data = useLiveQuery(() => loadEvaluationData(db), [db])
  const [filter, setFilter] = useState<Filter>('all')
  const [editingId, setEditingId] = useState<string | null>(null)
  const [recordingId, setRecordingId] = useState<string | null>(null)
  const today = toLocalIsoDate(new Date())

  const cards = useMemo(
    () => (data ? [...evaluateCampaigns(data, today), ...evaluateInitiatives(data, today)] : []),
    [data, today],
  )
  const wording = useMemo(() => createWording(data?.currency ?? 'EUR'), [data?.currency])
  const people = useMemo(
    () => new Map((data?.people ?? []).map((person) => [person.id, person])),
    [data],
  )
  const recordingRows = useMemo(
    () => (data && recordingId ? evaluateInitiativeEnrolments(data, recordingId, today) : []),
    [data, recordingId, today],
  )
  const initiatives = new Map((data?.initiatives ?? []).map((i) => [i.id, i]))
  const kpis = new Map((data?.kpis ?? []).map((kpi) => [kpi.id, kpi]))
  const editing = editingId ? (initiatives.get(editingId) ?? null) : null
  const recording = recordingId ? (initiatives.get(recordingId) ?? null) : null
  const shown = cards.filter((card) => matches(card, filter))

  return (
    <div className="page" data-ready={data ? 'true' : undefined} aria-busy={!data}>
      <PageHeader
        title="Evaluation & ROI"
        description="Whether training changed anything: the four levels side by side, the KPI before and after, and the return with its assumptions in plain view."
      />
      {!data ? null : data.initiatives.length === 0 ? (
        <EmptyState
          icon={BarChart3}
          title="No trainings to evaluate yet"
          actions={
            <button
              type="button"
              className="button button-primary"
              onClick={() => navigate('/training')}
            >
              Go to Training
            </button>
          }
        >
          <p>
            Add a training with its learning outcome and the KPI it should move, enrol people, and
            once it ends record how it went here: the reaction survey, scores before and after, and
            what the manager observes on the job.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <SelectField
              id="evaluation-filter"
              label="Show"
              value={filter}
              options={filterOptions}
              onChange={(value) => setFilter(value as Filter)}
            />
            <p className="muted evaluation-legend">
              A level without evidence shows as <span className="badge">Missing</span>, never as
              zero. Finishing a training is not counted as success.
            </p>
          </div>
          {shown.length === 0 ? (
            <p className="muted">
              Nothing matches this filter: choose “All campaigns and trainings”.
            </p>
          ) : (
            <div className="evaluation-list">
              <EvaluationOverview cards={shown} wording={wording} />
              {shown.map((card) => {
                const initiative = card.kind === 'initiative' ? initiatives.get(card.id) : undefined
                const campaignInitiatives =
                  card.kind === 'campaign'
                    ? data.campaigns
                        .find((campaign) => campaign.id === card.id)
                        ?.steps.map((step) => initiatives.get(step.initiativeId))
                    : undefined
                const hasKpi = initiative
                  ? initiative.kpiId !== null
                  : (campaignInitiatives ?? []).some((i) => i?.kpiId)
                return (
                  <EvaluationCardView
                    key={`${card.kind}-${card.id}`}
                    card={card}
                    wording={wording}
                    hasKpi={hasKpi}
                    assumptions={initiative ? readAssumptions(initiative) : null}
                    kpi={initiative?.kpiId ? (kpis.get(initiative.kpiId) ?? null) : null}
                    onEditAssumptions={initiative ? () => setEditingId(initiative.id) : null}
                    onRecord={initiative ? () => setRecordingId(initiative.id) : null}
                  />
                )
              })}
            </div>
          )}
          <AssumptionsDialog
            initiative={editing}
            kpi={editing?.kpiId ? (kpis.get(editing.kpiId) ?? null) : null}
            currency={data.currency}
            onClose={() => setEditingId(null)}
          />
          <RecordEvaluationDialog
            initiative={recording}
            rows={recordingRows}
            people={people}
            evaluations={data.evaluations}
            onClose={() => setRecordingId(null)}
          />
        </>
      )}
    </div>
  )
}
