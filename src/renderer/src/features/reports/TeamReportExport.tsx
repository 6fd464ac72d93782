import { useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import { buildTeamReport, type Naming } from '../../../../shared/domain/reviews'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { desktop } from '../../platform'
import { ChoiceGroup, SelectField } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import type { ReviewData } from '../../db/repositories/review-data'

const namings: Array<{ value: Naming; label: string }> = [
  { value: 'names', label: 'Names (inside the management line)' },
  { value: 'initials', label: 'Initials' },
  { value: 'codes', label: 'Codes (P01, P02, …)' },
]

/** The team's matrix, systemic gaps, coverage and single points of failure as a PDF. */
export function TeamReportExport(props: { data: ReviewData; systemicGapThreshold: number }) {
  const { data } = props
  const { info } = useCurrentWorkspace()
  const teams = [...data.teams].sort((a, b) => a.name.localeCompare(b.name))
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '')
  const [naming, setNaming] = useState<Naming>('names')

  const exportReport = async () => {
    const team = teams.find((t) => t.id === teamId)
    if (!team) return
    const report = buildTeamReport(data, {
      teamId,
      teamName: team.name,
      naming,
      today: toLocalIsoDate(new Date()),
      workspaceName: info.name,
      systemicGapThreshold: props.systemicGapThreshold,
    })
    try {
      const result = await desktop.exportTeamReport({
        report,
        suggestedName: `Team skills - ${team.name.replace(/[/\\:*?"<>|]/g, '-')}.pdf`,
      })
      if (result.status === 'saved') notify('success', `Saved ${result.fileName}.`)
    } catch (caught) {
      notify('error', `The report could not be saved: ${describeError(caught)}`)
    }
  }

  return (
    <section className="card report-form" aria-labelledby="team-report-title">
      <h2 id="team-report-title">Team skills report</h2>
      {teams.length === 0 ? (
        <p className="muted">Create teams on the People screen to report on them.</p>
      ) : (
        <>
          <SelectField
            id="team-report-team"
            label="Team"
            value={teamId}
            options={teams.map((t) => ({ value: t.id, label: t.name }))}
            onChange={setTeamId}
          />
          <ChoiceGroup
            id="team-report-naming"
            legend="People appear as"
            value={naming}
            options={namings}
            onChange={setNaming}
          />
          <button
            type="button"
            className="button button-primary"
            onClick={() => void exportReport()}
          >
            Export team report…
          </button>
        </>
      )}
    </section>
  )
}
