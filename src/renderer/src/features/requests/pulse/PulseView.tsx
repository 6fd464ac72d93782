import { Activity } from 'lucide-react'
import { useId } from 'react'
import { useCurrentWorkspace } from '../../../app/workspace-store'
import { EmptyState } from '../../../ui/EmptyState'
import { PulseCard } from './PulseCard'
import { PulseTrends } from './PulseTrends'
import { saveMinResponses, usePulseData } from './use-pulse'
import './pulse.css'

const minimumChoices = [3, 4, 5, 6, 7, 8, 9, 10]

/** The Pulse view: each team pulse's results (hidden below the minimum) and their trends. */
export function PulseView() {
  const data = usePulseData()
  if (!data) return <p className="muted">Loading the pulses…</p>
  return (
    <div className="pulse-view">
      <AnonymityNote minResponses={data.minResponses} />
      {data.pulses.length === 0 ? (
        <EmptyState icon={Activity} title="No team pulse yet">
          <p>
            A team pulse asks the whole team a few agreement questions, how likely they would
            recommend the team as a place to work, and anything else they want to say. Create one
            with New request on the Requests screen; the answers come back here.
          </p>
        </EmptyState>
      ) : (
        <>
          <PulseTrends trends={data.trends} />
          {data.pulses.map((pulse) => (
            <PulseCard key={pulse.requestId} pulse={pulse} />
          ))}
        </>
      )}
    </div>
  )
}

function AnonymityNote(props: { minResponses: number }) {
  const { db } = useCurrentWorkspace()
  const headingId = useId()
  const selectId = useId()
  return (
    <section className="card pulse-about" aria-labelledby={headingId}>
      <h2 id={headingId}>What anonymity means here</h2>
      <p>
        A pulse response file carries no name: the page the team answers on asks nobody who they
        are, and Trellis stores the answers without a person. But you receive the files, so you
        could tell who sent which by when or how it reached you. That is why results stay hidden
        until a pulse has at least {props.minResponses} responses, free-text answers are listed on
        their own in alphabetical order, and no answer is shown with a date or beside anything else
        about its writer.
      </p>
      <div className="field pulse-minimum">
        <label htmlFor={selectId}>Show a pulse’s results from</label>
        <select
          id={selectId}
          value={props.minResponses}
          aria-describedby={`${selectId}-hint`}
          onChange={(event) => void saveMinResponses(db, Number(event.target.value))}
        >
          {minimumChoices.map((n) => (
            <option key={n} value={n}>
              {n} responses
            </option>
          ))}
        </select>
        <span id={`${selectId}-hint`} className="field-hint">
          For the whole workspace. Fewer than 5 makes it easier to tell who answered what.
        </span>
      </div>
    </section>
  )
}
