import { Trash2 } from 'lucide-react'
import {
  findGoalUpdateProblem,
  readGoalUpdateValue,
  type GoalUpdateDraft,
} from '../../../../shared/domain/goals/form-checks'
import { describePeriod } from '../../../../shared/domain/goals/periods'
import { computeKeyResultProgress, formatProgress } from '../../../../shared/domain/goals/progress'
import { checkGoalQuality, countAlignedGoals } from '../../../../shared/domain/goals/quality'
import { listCarryChain, listGoalHistory } from '../../../../shared/domain/goals/review'
import type { Confidence, Goal } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { addGoalUpdate } from '../../db/repositories/goals'
import { formatDate, todayIso } from '../../ui/format'
import { ChoiceGroup, DateField, NumberField, SelectField, TextField, useForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import {
  confidenceLabels,
  ConfidenceBadge,
  GoalStandingBadge,
  describeSource,
  levelLabels,
  ProgressBar,
  QualityFlags,
  statusLabels,
} from './GoalBits'
import { confirmDeleteGoal, confirmDeleteUpdate } from './goal-actions'
import { InlineForm } from './InlineForm'
import { type GoalsData } from './use-goals-data'
import { IconButton } from '../../ui/IconButton'

export function GoalDetailDialog(props: {
  goalId: string | null
  data: GoalsData
  fiscalStartMonth: number
  onClose: () => void
  onEdit: (goal: Goal) => void
  onAddAligned: (goal: Goal) => void
  onOpen: (goalId: string) => void
}) {
  const { goalId, data, onClose } = props
  const goal = goalId === null ? undefined : data.goals.find((candidate) => candidate.id === goalId)
  return (
    <Modal title={goal ? goal.title : 'Goal'} isOpen={goalId !== null} onClose={onClose} isWide>
      {goal ? (
        <GoalDetail {...props} goal={goal} />
      ) : (
        <p className="muted">This goal was deleted.</p>
      )}
    </Modal>
  )
}

function GoalDetail(props: {
  goal: Goal
  data: GoalsData
  fiscalStartMonth: number
  onClose: () => void
  onEdit: (goal: Goal) => void
  onAddAligned: (goal: Goal) => void
  onOpen: (goalId: string) => void
}) {
  const { goal, data, fiscalStartMonth, onClose, onEdit, onAddAligned, onOpen } = props
  const { db } = useCurrentWorkspace()
  const keyResults = data.keyResults.filter((kr) => kr.goalId === goal.id)
  const progress = data.rollup.get(goal.id)
  const flags = checkGoalQuality(goal, keyResults, countAlignedGoals(goal.id, data.goals))
  const parent = data.goals.find((other) => other.id === goal.parentId)
  const children = data.goals.filter((other) => other.parentId === goal.id)
  const chain = listCarryChain(goal.id, data.goals)
  const history = listGoalHistory(goal.id, data.goals, data.updates)
  const carriedInto = data.goals.find((other) => other.carriedFromId === goal.id)
  const krTitle = new Map(data.keyResults.map((kr) => [kr.id, kr]))

  return (
    <div className="goal-detail">
      {goal.description ? <p>{goal.description}</p> : null}
      <dl className="facts">
        <dt>Level</dt>
        <dd>
          {levelLabels[goal.level]}
          {goal.teamId ? ` · ${data.teamName(goal.teamId)}` : ''} ·{' '}
          {goal.style === 'okr' ? 'OKR' : 'SMART goal'}
        </dd>
        <dt>Period</dt>
        <dd>{describePeriod(goal.period, fiscalStartMonth)}</dd>
        <dt>Owner</dt>
        <dd>{goal.ownerPersonId ? data.personName(goal.ownerPersonId) : 'Nobody yet'}</dd>
        <dt>Due</dt>
        <dd>{goal.dueDate ? formatDate(goal.dueDate) : 'No date'}</dd>
        <dt>Status</dt>
        <dd>
          {statusLabels[goal.status]}
          {goal.reviewNote ? ` — “${goal.reviewNote}”` : ''}
        </dd>
        <dt>Aligned to</dt>
        <dd>
          {parent ? (
            <button type="button" className="link-button" onClick={() => onOpen(parent.id)}>
              {parent.title}
            </button>
          ) : (
            'Nothing (a top-level goal)'
          )}{' '}
          · weight {goal.weight}
        </dd>
        {chain.length > 1 ? (
          <>
            <dt>Carried from</dt>
            <dd>
              {chain
                .slice(1)
                .map((earlier) => earlier.period)
                .join(', ')}
            </dd>
          </>
        ) : null}
        {carriedInto ? (
          <>
            <dt>Continues in</dt>
            <dd>
              <button type="button" className="link-button" onClick={() => onOpen(carriedInto.id)}>
                {carriedInto.period}
              </button>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="goal-progress-title" className="goal-detail-section">
        <h3 id="goal-progress-title">Progress</h3>
        <div className="goal-detail-progress">
          <ProgressBar progress={progress?.progress ?? null} label={`Progress of ${goal.title}`} />
          <span className="muted">{describeSource(progress)}</span>
          <GoalStandingBadge progress={progress} />
        </div>
        <QualityFlags flags={flags} isDetailed />
      </section>

      {goal.smart ? (
        <section aria-labelledby="goal-smart-title" className="goal-detail-section">
          <h3 id="goal-smart-title">SMART checklist</h3>
          <ul className="goal-smart-list">
            {(
              [
                ['specific', 'Specific'],
                ['measurable', 'Measurable'],
                ['achievable', 'Achievable'],
                ['relevant', 'Relevant'],
                ['timeBound', 'Time-bound'],
              ] as const
            ).map(([key, label]) => (
              <li key={key} className={goal.smart?.[key] ? 'is-met' : 'is-missing'}>
                {goal.smart?.[key] ? '✓' : '✗'} {label}
                <span className="visually-hidden">{goal.smart?.[key] ? ': met' : ': not met'}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {keyResults.length > 0 ? (
        <section aria-labelledby="goal-kr-title" className="goal-detail-section">
          <h3 id="goal-kr-title">Key results</h3>
          <table className="data-table goal-kr-table">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col" className="numeric">
                  Baseline
                </th>
                <th scope="col" className="numeric">
                  Target
                </th>
                <th scope="col" className="numeric">
                  Current
                </th>
                <th scope="col" className="numeric">
                  Weight
                </th>
                <th scope="col">Progress</th>
              </tr>
            </thead>
            <tbody>
              {keyResults.map((kr) => (
                <tr key={kr.id}>
                  <th scope="row">
                    {kr.title}
                    <span className="muted goal-kr-meta">
                      {' '}
                      {kr.direction === 'increase' ? '↑ increase' : '↓ decrease'}
                      {kr.unit ? ` · ${kr.unit}` : ''}
                      {kr.kpiId
                        ? ` · KPI: ${data.kpis.find((kpi) => kpi.id === kr.kpiId)?.name ?? ''}`
                        : ''}
                    </span>
                  </th>
                  <td className="numeric">{kr.baseline}</td>
                  <td className="numeric">{kr.target}</td>
                  <td className="numeric">{kr.current}</td>
                  <td className="numeric">{kr.weight}</td>
                  <td>
                    <ProgressBar
                      progress={computeKeyResultProgress(kr)}
                      label={`Progress of ${kr.title}`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}

      {children.length > 0 ? (
        <section aria-labelledby="goal-children-title" className="goal-detail-section">
          <h3 id="goal-children-title">Aligned goals</h3>
          <ul className="goal-children">
            {children.map((child) => (
              <li key={child.id}>
                <button type="button" className="link-button" onClick={() => onOpen(child.id)}>
                  {child.title}
                </button>{' '}
                <span className="muted">
                  {formatProgress(data.rollup.get(child.id)?.progress ?? null)} · weight{' '}
                  {child.weight}
                  {child.status === 'dropped' ? ' · dropped, not counted' : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {goal.status === 'active' ? <UpdateForm goal={goal} data={data} /> : null}

      <section aria-labelledby="goal-history-title" className="goal-detail-section">
        <h3 id="goal-history-title">
          Updates{chain.length > 1 ? ' (with the earlier periods)' : ''}
        </h3>
        {history.length === 0 ? (
          <p className="muted">No updates yet. Add one above when something moves.</p>
        ) : (
          <ul className="feed goal-history">
            {history.map((update) => {
              const kr = update.keyResultId ? krTitle.get(update.keyResultId) : undefined
              return (
                <li key={update.id}>
                  <div className="feed-meta">
                    {formatDate(update.date)} · <ConfidenceBadge confidence={update.confidence} />
                    {kr
                      ? ` ${kr.title}: ${update.value ?? '—'}${kr.unit ? ` ${kr.unit}` : ''}`
                      : ''}
                    {!kr && update.value !== null ? ` ${update.value}%` : ''}
                    {update.goalId !== goal.id ? ' (earlier period)' : ''}
                  </div>
                  {update.note ? <div className="feed-text">{update.note}</div> : null}
                  <IconButton
                    label={`Delete the update of ${update.date}`}
                    icon={Trash2}
                    size={14}
                    className="goal-history-delete"
                    title="Delete this update"
                    onClick={() => void confirmDeleteUpdate(db, update.id, formatDate(update.date))}
                  />
                </li>
              )
            })}
          </ul>
        )}
      </section>

      <div className="modal-footer">
        <button
          type="button"
          className="button button-danger"
          onClick={() =>
            void confirmDeleteGoal(db, goal).then((isDeleted) => {
              if (isDeleted) onClose()
            })
          }
        >
          Delete
        </button>
        <span className="toolbar-spacer" />
        {goal.level !== 'person' ? (
          <button type="button" className="button" onClick={() => onAddAligned(goal)}>
            Add an aligned goal
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => onEdit(goal)}>
          Edit
        </button>
        <button type="button" className="button button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  )
}

const confidenceOptions = (Object.keys(confidenceLabels) as Confidence[]).map((value) => ({
  value,
  label: confidenceLabels[value],
}))

type UpdateDraft = GoalUpdateDraft & { keyResultId: string; confidence: Confidence }

function UpdateForm(props: { goal: Goal; data: GoalsData }) {
  const { goal, data } = props
  const { db } = useCurrentWorkspace()
  const keyResults = data.keyResults.filter((kr) => kr.goalId === goal.id)
  const keyResultOf = (draft: UpdateDraft) => keyResults.find((kr) => kr.id === draft.keyResultId)
  const form = useForm<UpdateDraft, keyof UpdateDraft>({
    idPrefix: 'update',
    initial: () => ({
      keyResultId: keyResults[0]?.id ?? '',
      value: '',
      confidence: 'on-track',
      date: todayIso(),
      note: '',
    }),
    check: (draft) => findGoalUpdateProblem(draft, keyResultOf(draft)),
    save: async (draft) => {
      const kr = keyResultOf(draft)
      const value = readGoalUpdateValue(draft.value)
      await addGoalUpdate(db, {
        id: crypto.randomUUID(),
        goalId: goal.id,
        keyResultId: kr?.id ?? null,
        date: draft.date,
        value,
        confidence: draft.confidence,
        note: draft.note.trim(),
      })
      notify('success', kr ? `Recorded ${value ?? ''} for “${kr.title}”.` : 'Recorded the update.')
      // Ready for the next update: the key result, confidence and date stay.
      form.update((current) => ({ ...current, value: '', note: '' }))
    },
  })
  const { draft, set } = form
  const kr = keyResultOf(draft)

  return (
    <section aria-labelledby="goal-update-title" className="goal-detail-section">
      <h3 id="goal-update-title">Add a progress update</h3>
      <InlineForm form={form} submitLabel="Record update" className="goal-update-form" isPrimary>
        {keyResults.length > 0 ? (
          <SelectField
            {...form.field('keyResultId')}
            label="Key result"
            value={draft.keyResultId}
            options={[
              ...keyResults.map((option) => ({ value: option.id, label: option.title })),
              { value: '', label: 'The goal as a whole' },
            ]}
            onChange={(value) => set('keyResultId', value)}
          />
        ) : null}
        <NumberField
          {...form.field('value')}
          label={kr ? `New value${kr.unit ? ` (${kr.unit})` : ''}` : 'Share done (%)'}
          step="any"
          value={draft.value}
          placeholder={kr ? `now ${kr.current}, target ${kr.target}` : 'optional'}
          onChange={(value) => set('value', value)}
        />
        <ChoiceGroup
          {...form.field('confidence')}
          legend="Confidence"
          className="goal-confidence-choice"
          value={draft.confidence}
          options={confidenceOptions}
          onChange={(value) => set('confidence', value)}
        />
        <DateField
          {...form.field('date')}
          label="Date"
          value={draft.date}
          onChange={(value) => set('date', value)}
        />
        <TextField
          {...form.field('note')}
          label="Note"
          isWide
          value={draft.note}
          maxLength={4000}
          onChange={(value) => set('note', value)}
        />
      </InlineForm>
    </section>
  )
}
