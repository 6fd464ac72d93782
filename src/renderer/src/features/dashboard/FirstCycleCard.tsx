import { useLiveQuery } from 'dexie-react-hooks'
import { CheckCircle2, Circle, X } from 'lucide-react'
import { buildFirstCycle } from '../../../../shared/domain/dashboard/first-cycle'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { readWorkspaceSettings } from '../../db/repositories/settings'
import type { WorkspaceDb } from '../../db/workspace-db'
import { IconButton } from '../../ui/IconButton'

async function loadFirstCycle(db: WorkspaceDb) {
  const [people, roleRequirements, assessments, plans, checkins, reviews, settings] =
    await Promise.all([
      db.people.toArray(),
      db.roleRequirements.count(),
      db.assessments.count(),
      db.plans.count(),
      db.checkins.count(),
      db.reviews.count(),
      readWorkspaceSettings(db),
    ])
  const active = people.filter((person) => person.status === 'active')
  return {
    isDismissed: settings.isFirstCycleDismissed,
    steps: buildFirstCycle({
      activePeople: active.length,
      peopleWithRole: active.filter((person) => person.roleId !== null).length,
      roleRequirements,
      assessments,
      plans,
      checkins,
      reviews,
    }),
  }
}

/** A new workspace's checklist for its first cycle; it ticks itself and goes once all is done. */
export function FirstCycleCard() {
  const { db } = useCurrentWorkspace()
  const loaded = useLiveQuery(() => loadFirstCycle(db), [db])
  if (!loaded || loaded.isDismissed) return null
  const done = loaded.steps.filter((step) => step.isDone).length
  if (done === loaded.steps.length) return null
  const next = loaded.steps.find((step) => !step.isDone)
  return (
    <section className="card first-cycle" aria-labelledby="first-cycle-title">
      <div className="card-header">
        <h2 id="first-cycle-title">
          Your first cycle{' '}
          <span className="badge">
            {done} of {loaded.steps.length} done
          </span>
        </h2>
        <IconButton
          icon={X}
          label="Put the first-cycle checklist away"
          onClick={() => void db.settings.put({ key: 'isFirstCycleDismissed', value: true })}
        />
      </div>
      <ol className="first-cycle-steps">
        {loaded.steps.map((step) => (
          <li key={step.id} data-done={step.isDone ? 'true' : undefined}>
            {step.isDone ? (
              <CheckCircle2 size={18} aria-label="Done" className="first-cycle-done" />
            ) : (
              <Circle size={18} aria-label="To do" className="muted" />
            )}
            <span>
              {step === next ? (
                <a href={`#${step.route}`}>{step.title}</a>
              ) : (
                <span className={step.isDone ? 'muted' : undefined}>{step.title}</span>
              )}
              <span className="field-hint"> {step.hint}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  )
}
