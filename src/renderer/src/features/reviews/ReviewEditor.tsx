import { useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  checkReview,
  findReviewSaveProblem,
  listCitedEvidenceIds,
  listPeriodEvidence,
  type ReviewCheckContext,
} from '../../../../shared/domain/reviews'
import { overlapsPeriod, readPeriodRange } from '../../../../shared/domain/reviews/period'
import type { Review, ReviewCycle } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveReview } from '../../db/repositories/reviews'
import {
  bindOptionalText,
  bindText,
  CheckboxField,
  DialogForm,
  FormDialog,
  SelectField,
  TextAreaField,
  TextField,
  useForm,
} from '../../ui/form'
import { notify } from '../../ui/toast-store'
import { BiasPanel } from './BiasPanel'
import { EvidencePanel } from './EvidencePanel'
import { InTheirWordsPanel } from './InTheirWordsPanel'
import { RatingRow } from './RatingRow'
import type { ReviewData } from '../../db/repositories/review-data'

type FieldName = 'raterName' | 'state' | 'overallRating' | 'potential' | 'isChecked'

const notes = [
  ['strengths', 'Strengths'],
  ['growthAreas', 'Growth areas'],
  ['nextGoals', 'Development goals for the next period'],
] as const

const states: Array<{ value: Review['state']; label: string }> = [
  { value: 'draft', label: 'Draft' },
  { value: 'ready', label: 'Ready' },
  { value: 'shared', label: 'Shared with the person' },
  { value: 'final', label: 'Final' },
]

export function ReviewEditor(props: {
  data: ReviewData
  cycle: ReviewCycle
  review: Review
  context: ReviewCheckContext
  onClose: () => void
}) {
  const { data, cycle, context } = props
  const { db } = useCurrentWorkspace()
  const [isChecked, setIsChecked] = useState(false)
  // The bias checks read the draft in place of the stored review.
  const flagsOf = (review: Review) =>
    checkReview(review, {
      ...context,
      cycleReviews: context.cycleReviews.map((r) => (r.id === review.id ? review : r)),
    })
  const form = useForm<Review, FieldName>({
    idPrefix: 'review',
    initial: props.review,
    check: (review) =>
      findReviewSaveProblem(review, {
        previousState: props.review.state,
        flagCount: flagsOf(review).length,
        isChecked,
      }),
    save: async (review) => {
      await saveReview(db, { ...review, updatedAt: toLocalIsoDate(new Date()) })
      notify('success', `Saved the review of ${person?.displayName ?? 'this person'}.`)
      props.onClose()
    },
  })
  const { draft, set } = form
  const setDraft = form.update
  const person = data.people.find((p) => p.id === draft.personId)
  const period = { start: cycle.periodStart, end: cycle.periodEnd }
  const scale = [...data.scaleLevels].sort((a, b) => a.level - b.level)

  const skillIds = [
    ...new Set([
      ...data.roleRequirements.filter((r) => r.roleId === person?.roleId).map((r) => r.skillId),
      ...data.requirementOverrides
        .filter((o) => o.personId === draft.personId)
        .map((o) => o.skillId),
      ...props.review.skillRatings.map((r) => r.skillId),
      ...props.review.selfRatings.map((r) => r.skillId),
    ]),
  ]
  const goals = data.goals.filter((g) => {
    if (g.ownerPersonId !== draft.personId) return false
    const range = readPeriodRange(g.period)
    return range ? overlapsPeriod(range, period) : true
  })
  const evidence = listPeriodEvidence(data, draft.personId, period)
  const flags = flagsOf(draft)
  const cited = new Set(listCitedEvidenceIds(draft))

  const setSkillRating = (skillId: string, rating: number | null) =>
    setDraft((d) => {
      const rest = d.skillRatings.filter((r) => r.skillId !== skillId)
      const previous = d.skillRatings.find((r) => r.skillId === skillId)
      if (rating === null) return { ...d, skillRatings: rest }
      return {
        ...d,
        skillRatings: [...rest, { skillId, rating, evidenceIds: previous?.evidenceIds ?? [] }],
      }
    })
  const setSelfRating = (skillId: string, rating: number | null) =>
    setDraft((d) => ({
      ...d,
      selfRatings: [
        ...d.selfRatings.filter((r) => r.skillId !== skillId),
        ...(rating === null ? [] : [{ skillId, rating }]),
      ],
    }))
  const setGoalRating = (goalId: string, rating: number | null) =>
    setDraft((d) => {
      const rest = d.goalRatings.filter((r) => r.goalId !== goalId)
      const previous = d.goalRatings.find((r) => r.goalId === goalId)
      if (rating === null) return { ...d, goalRatings: rest }
      return {
        ...d,
        goalRatings: [...rest, { goalId, rating, evidenceIds: previous?.evidenceIds ?? [] }],
      }
    })
  // Self-assessments recorded in the period (for example from a self-review form) fill the column.
  const importSelfAssessments = () => {
    const latest = new Map<string, { rating: number; date: string }>()
    for (const a of data.assessments) {
      if (a.personId !== draft.personId || a.source !== 'self' || a.date > cycle.periodEnd) continue
      if (!skillIds.includes(a.skillId)) continue
      const known = latest.get(a.skillId)
      if (!known || a.date > known.date) latest.set(a.skillId, { rating: a.level, date: a.date })
    }
    if (latest.size === 0)
      return notify('info', 'No self-assessment is recorded for these skills yet.')
    setDraft((d) => ({
      ...d,
      selfRatings: [...latest].map(([skillId, { rating }]) => ({ skillId, rating })),
    }))
    notify('success', `Filled the self-review from ${latest.size} self-assessments.`)
  }
  const toggleCitation = (evidenceId: string, target: string) =>
    setDraft((d) => {
      const toggle = (ids: string[]) =>
        ids.includes(evidenceId) ? ids.filter((id) => id !== evidenceId) : [...ids, evidenceId]
      return {
        ...d,
        skillRatings: d.skillRatings.map((r) =>
          r.skillId === target ? { ...r, evidenceIds: toggle(r.evidenceIds) } : r,
        ),
        goalRatings: d.goalRatings.map((r) =>
          r.goalId === target ? { ...r, evidenceIds: toggle(r.evidenceIds) } : r,
        ),
      }
    })

  const ratingOptions = [
    { value: '', label: 'Not rated' },
    ...scale.map((s) => ({ value: String(s.level), label: `${s.level} ${s.label}` })),
  ]
  const skillName = (id: string) => data.skills.find((s) => s.id === id)?.name ?? id
  const targets = [
    ...draft.skillRatings.map((r) => ({ id: r.skillId, label: skillName(r.skillId) })),
    ...draft.goalRatings.map((r) => ({
      id: r.goalId,
      label: goals.find((g) => g.id === r.goalId)?.title ?? r.goalId,
    })),
  ]

  return (
    <FormDialog
      title={`Review: ${person?.displayName ?? 'someone who was removed'}`}
      isOpen
      isWide
      onClose={props.onClose}
    >
      <DialogForm form={form} submitLabel="Save review" onCancel={props.onClose}>
        <div className="review-layout">
          <div className="review-form">
            <div className="form-grid">
              <TextField {...bindText(form, 'raterName')} label="Rater" maxLength={200} />
              <SelectField
                {...form.field('state')}
                label="State"
                value={draft.state}
                options={states}
                onChange={(value) => {
                  form.setProblem(null)
                  set('state', value as Review['state'])
                }}
              />
            </div>
            <div className="toolbar">
              <h3>Skills of the role</h3>
              <span className="toolbar-spacer" />
              <button type="button" className="button" onClick={importSelfAssessments}>
                Import self-assessments
              </button>
            </div>
            <table className="data-table review-ratings">
              <thead>
                <tr>
                  <th scope="col">Skill</th>
                  <th scope="col">Rating</th>
                  <th scope="col">Self-review</th>
                </tr>
              </thead>
              <tbody>
                {skillIds.map((skillId) => (
                  <RatingRow
                    key={skillId}
                    id={`skill-${skillId}`}
                    name={skillName(skillId)}
                    options={ratingOptions}
                    rating={draft.skillRatings.find((r) => r.skillId === skillId)?.rating ?? null}
                    onRate={(rating) => setSkillRating(skillId, rating)}
                    selfRating={
                      draft.selfRatings.find((r) => r.skillId === skillId)?.rating ?? null
                    }
                    onSelfRate={(rating) => setSelfRating(skillId, rating)}
                  />
                ))}
              </tbody>
            </table>
            <h3>Goals of the period</h3>
            {goals.length === 0 ? (
              <p className="muted">No goals owned by this person in the period.</p>
            ) : (
              <table className="data-table review-ratings">
                <thead>
                  <tr>
                    <th scope="col">Goal</th>
                    <th scope="col">Rating</th>
                  </tr>
                </thead>
                <tbody>
                  {goals.map((goal) => (
                    <RatingRow
                      key={goal.id}
                      id={`goal-${goal.id}`}
                      name={goal.title}
                      options={ratingOptions}
                      rating={draft.goalRatings.find((r) => r.goalId === goal.id)?.rating ?? null}
                      onRate={(rating) => setGoalRating(goal.id, rating)}
                    />
                  ))}
                </tbody>
              </table>
            )}
            <InTheirWordsPanel
              personId={draft.personId}
              cycleId={cycle.id}
              name={person?.displayName ?? 'this person'}
            />
            <div className="form-grid">
              <SelectField
                {...form.field('overallRating')}
                label="Overall rating"
                value={draft.overallRating === null ? '' : String(draft.overallRating)}
                options={ratingOptions}
                onChange={(v) => set('overallRating', v === '' ? null : Number(v))}
              />
              <SelectField
                {...bindOptionalText(form, 'potential')}
                label="Potential"
                options={[
                  { value: '', label: 'Not set' },
                  { value: 'low', label: 'Low' },
                  { value: 'medium', label: 'Medium' },
                  { value: 'high', label: 'High' },
                ]}
              />
            </div>
            {notes.map(([field, label]) => (
              <TextAreaField
                key={field}
                id={`review-${field}`}
                label={label}
                value={draft[field]}
                maxLength={8000}
                onChange={(value) => set(field, value)}
              />
            ))}
            <BiasPanel flags={flags} evidence={evidence} />
            {flags.length > 0 && draft.state === 'final' && props.review.state !== 'final' ? (
              <CheckboxField
                {...form.field('isChecked')}
                label="I have read the bias checks and looked at the evidence"
                checked={isChecked}
                onChange={(checked) => {
                  setIsChecked(checked)
                  form.setProblem(null)
                }}
              />
            ) : null}
          </div>
          <EvidencePanel
            evidence={evidence}
            cited={cited}
            targets={targets}
            onCite={toggleCitation}
          />
        </div>
      </DialogForm>
    </FormDialog>
  )
}
