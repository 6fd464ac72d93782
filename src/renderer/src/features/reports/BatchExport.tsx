import { useRef, useState } from 'react'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { desktop } from '../../platform'
import { CheckboxField, ChoiceGroup, SelectField } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import type { ReviewData } from '../../db/repositories/review-data'
import { assemblePacket, describePeriod, toPacketFileName, type PeriodChoice } from './assemble'

type Progress = { done: number; total: number } | null
type Mode = 'separate' | 'combined'

const modes: Array<{ value: Mode; label: string }> = [
  { value: 'separate', label: 'One PDF per person, into a folder' },
  { value: 'combined', label: 'One combined PDF' },
]

/** A packet for everyone in a cycle or team, into a folder or one PDF, with progress and cancel. */
export function BatchExport(props: { data: ReviewData }) {
  const { data } = props
  const { info } = useCurrentWorkspace()
  const sources = [
    ...data.reviewCycles.map((c) => ({ value: `cycle:${c.id}`, label: `Cycle: ${c.name}` })),
    ...data.teams.map((t) => ({ value: `team:${t.id}`, label: `Team: ${t.name} (last 6 months)` })),
  ]
  const [source, setSource] = useState(sources[0]?.value ?? '')
  const [mode, setMode] = useState<Mode>('separate')
  const [isPrivate, setIsPrivate] = useState(false)
  const [progress, setProgress] = useState<Progress>(null)
  const isCancelled = useRef(false)

  const selection = (): { personIds: string[]; period: PeriodChoice } => {
    if (source.startsWith('cycle:')) {
      const cycle = data.reviewCycles.find((c) => `cycle:${c.id}` === source)!
      return { personIds: cycle.personIds, period: { kind: 'cycle', cycle } }
    }
    const teamId = source.slice('team:'.length)
    return {
      personIds: data.people
        .filter((p) => p.teamId === teamId && p.status === 'active')
        .map((p) => p.id),
      period: { kind: 'months', months: 6 },
    }
  }

  const run = async () => {
    const { personIds, period } = selection()
    if (personIds.length === 0) return notify('info', 'There is nobody in this selection.')
    const periodInfo = describePeriod(period, new Date().toISOString().slice(0, 10))
    const start = await desktop.startPacketBatch({
      mode,
      suggestedName: toPacketFileName('Review packets', periodInfo.label),
      footer: `Review packets · ${periodInfo.label} (${periodInfo.start} to ${periodInfo.end})`,
    })
    if (start.status === 'cancelled') return
    isCancelled.current = false
    setProgress({ done: 0, total: personIds.length })
    try {
      for (const [index, personId] of personIds.entries()) {
        if (isCancelled.current) {
          const { discarded } = await desktop.cancelPacketBatch({ token: start.token })
          notify('info', `Export cancelled: ${discarded} packets discarded, no file written.`)
          return
        }
        const packet = assemblePacket(data, {
          personId,
          period,
          includePrivateNotes: isPrivate,
          workspaceName: info.name,
        })
        await desktop.addPacketToBatch({
          token: start.token,
          fileName: toPacketFileName(packet.person.name, packet.period.label),
          packet,
        })
        setProgress({ done: index + 1, total: personIds.length })
      }
      const { fileNames } = await desktop.finishPacketBatch({ token: start.token })
      notify(
        'success',
        fileNames.length === 1 ? `Saved ${fileNames[0]}.` : `Saved ${fileNames.length} packets.`,
      )
    } catch (caught) {
      await desktop.cancelPacketBatch({ token: start.token }).catch(() => undefined)
      notify('error', `The export stopped and nothing was written: ${describeError(caught)}`)
    } finally {
      setProgress(null)
    }
  }

  return (
    <section className="card report-form" aria-labelledby="batch-title">
      <h2 id="batch-title">Batch export</h2>
      {sources.length === 0 ? (
        <p className="muted">
          Create a team or a review cycle to export packets for many people at once.
        </p>
      ) : (
        <>
          <SelectField
            id="batch-source"
            label="Packets for"
            value={source}
            options={sources}
            onChange={setSource}
          />
          <ChoiceGroup
            id="batch-mode"
            legend="Files"
            value={mode}
            options={modes}
            onChange={setMode}
          />
          <CheckboxField
            label="Include my private check-in notes"
            checked={isPrivate}
            onChange={setIsPrivate}
          />
          {progress ? (
            <div role="status">
              <progress
                className="batch-progress"
                max={progress.total}
                value={progress.done}
                aria-label="Export progress"
              />
              <p>
                {progress.done} of {progress.total} packets
              </p>
              <button
                type="button"
                className="button button-danger"
                onClick={() => (isCancelled.current = true)}
              >
                Cancel export
              </button>
            </div>
          ) : (
            <button type="button" className="button button-primary" onClick={() => void run()}>
              Export packets…
            </button>
          )}
        </>
      )}
    </section>
  )
}
