import { useLiveQuery } from 'dexie-react-hooks'
import {
  averageMonthsInRole,
  computePromotionFigures,
  computeTurnover,
  listTimeInRole,
} from '../../../../shared/domain/careers'
import { addDays } from '../../../../shared/domain/dates/iso-date'
import { useCurrentWorkspace } from '../../app/workspace-store'
import type { WorkspaceDb } from '../../db/workspace-db'
import { formatShare, todayIso } from '../../ui/format'

async function loadMoves(db: WorkspaceDb, today: string) {
  const [people, leavers, events] = await Promise.all([
    db.people.toArray(),
    db.leavers.toArray(),
    db.careerEvents.toArray(),
  ])
  const period = {
    key: 'last-12',
    label: 'Last 12 months',
    start: addDays(today, -364),
    end: today,
  }
  const turnover = computeTurnover({ people, leavers, events }, period)
  const promotions = computePromotionFigures(people, leavers, events, period)
  return {
    turnover,
    promotions,
    monthsInRole: averageMonthsInRole(listTimeInRole(people, leavers, events, today)),
  }
}

/** The last 12 months of people moves: who left, who moved up, roles filled from inside. */
export function PeopleMovesCard() {
  const { db } = useCurrentWorkspace()
  const today = todayIso()
  const moves = useLiveQuery(() => loadMoves(db, today), [db, today])
  if (!moves) return null
  const { turnover, promotions } = moves
  return (
    <section className="card" aria-labelledby="moves-title">
      <div className="card-header">
        <h2 id="moves-title">People moves, last 12 months</h2>
        <a href="#/reports/retention">Retention report</a>
      </div>
      <dl className="facts">
        <dt>Turnover</dt>
        <dd>
          {formatShare(turnover.turnover)} ({turnover.leavers.length} left,{' '}
          {turnover.regretted.length} regretted)
        </dd>
        <dt>Promotions</dt>
        <dd>{promotions.promotions.length}</dd>
        <dt>Roles filled from inside</dt>
        <dd>
          {formatShare(promotions.internalRate)} ({promotions.internal.length} of{' '}
          {promotions.fills.length})
        </dd>
        <dt>Average time in role</dt>
        <dd>{moves.monthsInRole === null ? '–' : `${Math.round(moves.monthsInRole)} months`}</dd>
      </dl>
    </section>
  )
}
