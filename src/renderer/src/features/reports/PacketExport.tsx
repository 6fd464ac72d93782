import { useState } from 'react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { desktop } from '../../platform'
import { CheckboxField, SelectField } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import type { ReviewData } from '../../db/repositories/review-data'
import { assemblePacket, toPacketFileName } from './assemble'
import { listPeriodOptions, readPeriodChoice } from './period-options'

/** One person's review packet, with a tick for the manager's private notes. */
export function PacketExport(props: { data: ReviewData; initialPersonId?: string }) {
  const { data } = props
  const { info } = useCurrentWorkspace()
  const people = data.people
    .filter((p) => p.status === 'active')
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
  const [personId, setPersonId] = useState(props.initialPersonId ?? people[0]?.id ?? '')
  const periods = listPeriodOptions(data.reviewCycles)
  const [periodValue, setPeriodValue] = useState(periods[0]!.value)
  const [isPrivate, setIsPrivate] = useState(false)
  const [isBusy, setIsBusy] = useState(false)

  const exportPacket = async () => {
    setIsBusy(true)
    try {
      const packet = assemblePacket(data, {
        personId,
        period: readPeriodChoice(periodValue, data.reviewCycles),
        includePrivateNotes: isPrivate,
        workspaceName: info.name,
      })
      const result = await desktop.exportReviewPacket({
        packet,
        suggestedName: toPacketFileName(packet.person.name, packet.period.label),
      })
      if (result.status === 'saved') notify('success', `Saved ${result.fileName}.`)
    } catch (caught) {
      notify('error', `The packet could not be saved: ${describeError(caught)}`)
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <section className="card report-form report-form-wide" aria-labelledby="packet-title">
      <h2 id="packet-title">Review packet</h2>
      <p className="muted">
        Profile, skills against the role, gaps, plan, goals and KPIs, training results, check-ins,
        feedback and the review.
      </p>
      <SelectField
        id="packet-person"
        label="Person"
        value={personId}
        options={people.map((p) => ({ value: p.id, label: p.displayName }))}
        onChange={setPersonId}
      />
      <SelectField
        id="packet-period"
        label="Period"
        value={periodValue}
        options={periods}
        onChange={setPeriodValue}
        // A longer name than the card can show is still read whole on hover.
        title={periods.find((period) => period.value === periodValue)?.label}
      />
      <CheckboxField
        label="Include my private check-in notes in this export"
        checked={isPrivate}
        onChange={setIsPrivate}
      />
      <button
        type="button"
        className="button button-primary"
        disabled={isBusy || personId === ''}
        onClick={() => void exportPacket()}
      >
        {isBusy ? 'Saving…' : 'Export packet as PDF…'}
      </button>
    </section>
  )
}
