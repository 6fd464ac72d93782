import './reviews.css'
import { ClipboardCheck } from 'lucide-react'
import { useMemo, useState } from 'react'
import { PageHeader } from '../../ui/PageHeader'
import { EmptyState } from '../../ui/EmptyState'
import { SelectField } from '../../ui/SelectField'
import { Tabs } from '../../ui/Tabs'
import { useRoutePath } from '../../app/router'
import { Calibration } from './Calibration'
import { CycleDialog } from './CycleDialog'
import { CycleReviews } from './CycleReviews'
import { useReviewData } from '../../app/use-review-data'

type ReviewsView = 'cycles' | 'calibration'

export function ReviewsScreen() {
  const data = useReviewData()
  // `#/reviews/<cycle id>/<review id>` (the dashboard's bias flags) opens that review.
  const [, , linkedCycleId = '', linkedReviewId] = useRoutePath().split('/').map(decodeURIComponent)
  const [view, setView] = useState<ReviewsView>('cycles')
  const [cycleId, setCycleId] = useState('')
  const [isCreating, setIsCreating] = useState(false)
  const cycles = useMemo(
    () => [...(data?.reviewCycles ?? [])].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd)),
    [data],
  )
  const cycle = cycles.find((c) => c.id === (cycleId || linkedCycleId)) ?? cycles[0]

  return (
    <div className="page" aria-busy={!data} data-ready={data ? 'true' : undefined}>
      <PageHeader
        title="Reviews"
        description="Review cycles rated on the period's evidence, checked for bias before they are final, and calibrated across raters."
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => setIsCreating(true)}
          >
            New review cycle
          </button>
        }
      />
      {!data ? null : !cycle ? (
        <EmptyState icon={ClipboardCheck} title="No review cycle yet">
          <p>
            Start a cycle: choose the period and the people to review. Each person gets a draft
            review to fill in.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <SelectField
              id="review-cycle"
              label="Review cycle"
              value={cycle.id}
              options={cycles.map((c) => ({
                value: c.id,
                label: `${c.name} (${c.periodStart} to ${c.periodEnd})`,
              }))}
              onChange={setCycleId}
            />
          </div>
          <Tabs
            label="Review views"
            selected={view}
            onSelect={setView}
            tabs={[
              { id: 'cycles', label: 'Reviews in the cycle' },
              { id: 'calibration', label: 'Calibration' },
            ]}
          >
            {view === 'cycles' ? (
              <CycleReviews
                data={data}
                cycle={cycle}
                initialOpenId={cycle.id === linkedCycleId ? linkedReviewId : undefined}
              />
            ) : (
              <Calibration data={data} cycle={cycle} />
            )}
          </Tabs>
        </>
      )}
      {data ? (
        <CycleDialog
          isOpen={isCreating}
          data={data}
          onClose={() => setIsCreating(false)}
          onCreated={(id) => {
            setCycleId(id)
            setIsCreating(false)
          }}
        />
      ) : null}
    </div>
  )
}
