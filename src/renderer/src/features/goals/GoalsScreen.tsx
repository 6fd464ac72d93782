import './goals.css'
import { useMemo, useState } from 'react'
import { listPickerPeriods, toPeriodKey } from '../../../../shared/domain/goals/periods'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { BusinessGoals } from './BusinessGoals'
import { GoalTree } from './GoalTree'
import { KpiPanel } from './KpiPanel'
import { QuarterlyReview } from './QuarterlyReview'
import { useFiscalStartMonth, useGoalsData } from './use-goals-data'
import { todayIso } from '../../ui/format'

type GoalsView = 'tree' | 'review' | 'kpis' | 'business'

export function GoalsScreen() {
  const data = useGoalsData()
  const fiscalStartMonth = useFiscalStartMonth()
  const [view, setView] = useState<GoalsView>('tree')
  const [chosenPeriod, setChosenPeriod] = useState<string | null>(null)
  const today = todayIso()
  const period = chosenPeriod ?? toPeriodKey(today, fiscalStartMonth)
  const periods = useMemo(
    () =>
      listPickerPeriods(
        [...new Set((data?.goals ?? []).map((goal) => goal.period)), period],
        today,
        fiscalStartMonth,
      ),
    [data, period, today, fiscalStartMonth],
  )
  return (
    <div className="page goals-page">
      <PageHeader
        title="Goals"
        description="Company, team and personal goals for each quarter, the KPIs they move, and the quarterly review."
      />
      <Tabs
        label="Goals views"
        selected={view}
        onSelect={setView}
        tabs={[
          { id: 'tree', label: 'Goal tree' },
          { id: 'review', label: 'Quarterly review' },
          { id: 'kpis', label: 'KPIs' },
          { id: 'business', label: 'Business goals' },
        ]}
      >
        {!data ? (
          <p className="muted">Loading goals…</p>
        ) : view === 'tree' ? (
          <GoalTree
            data={data}
            period={period}
            periods={periods}
            fiscalStartMonth={fiscalStartMonth}
            onPeriodChange={setChosenPeriod}
          />
        ) : view === 'review' ? (
          <QuarterlyReview
            data={data}
            period={period}
            periods={periods}
            fiscalStartMonth={fiscalStartMonth}
            onPeriodChange={setChosenPeriod}
          />
        ) : view === 'kpis' ? (
          <KpiPanel data={data} fiscalStartMonth={fiscalStartMonth} />
        ) : (
          <BusinessGoals data={data} />
        )}
      </Tabs>
    </div>
  )
}
