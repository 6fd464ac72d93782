import type { Content } from 'pdfmake/interfaces'
import type { TeamReport } from '../../../shared/domain/reviews/packet'
import { pageWidth, type Blocks } from './blocks'

const namingNote: Record<TeamReport['naming'], string> = {
  names: 'People are named.',
  initials: 'Names are replaced by initials.',
  codes: 'Names are replaced by codes.',
}

function formatCell(cell: { current: number | null; required: number | null }): string {
  const current = cell.current === null ? '-' : String(cell.current)
  return cell.required === null ? current : `${current}/${cell.required}`
}

export function layoutTeamReport(report: TeamReport, blocks: Blocks): Content[] {
  const skillChunks: number[][] = []
  const perTable = 6
  for (let start = 0; start < report.skills.length; start += perTable) {
    skillChunks.push(
      report.skills.slice(start, start + perTable).map((_, offset) => start + offset),
    )
  }
  return [
    blocks.text('Team skills report', 'title'),
    blocks.text(report.teamName, 'subtitle'),
    blocks.muted(
      `Prepared ${report.generatedOn} from ${report.workspaceName}. ${namingNote[report.naming]}`,
    ),
    blocks.muted(
      `Cells read current/required. Scale: ${report.scale.map((s) => `${s.level} ${s.label}`).join(' · ')}`,
    ),
    blocks.heading('Skills matrix'),
    ...(report.rows.length === 0 ? [blocks.muted('Nobody in this team yet.')] : []),
    ...skillChunks.map((columns) =>
      blocks.table(
        [
          'Person',
          ...columns.map(
            (c) => report.skills[c]!.name + (report.skills[c]!.isCritical ? ' *' : ''),
          ),
        ],
        report.rows.map((row) => [row.label, ...columns.map((c) => formatCell(row.cells[c]!))]),
        [80, ...columns.map(() => (pageWidth - 80 - 12 * (columns.length + 1)) / columns.length)],
      ),
    ),
    blocks.muted('* critical skill'),
    blocks.heading('Systemic gaps'),
    report.systemicGaps.length === 0
      ? blocks.text('No skill is short across the team.')
      : blocks.table(
          ['Skill', 'Below required', 'People who need it'],
          report.systemicGaps.map((gap) => [gap.skill, String(gap.below), String(gap.needing)]),
          ['*', 90, 110],
        ),
    blocks.heading('Coverage'),
    blocks.table(
      ['Skill', 'At required level', 'People who need it', 'Experts wanted'],
      report.coverage.map((row) => [
        row.skill,
        String(row.atLevel),
        String(row.needing),
        String(row.minExperts),
      ]),
      ['*', 90, 100, 80],
    ),
    blocks.heading('Single points of failure'),
    report.singlePointsOfFailure.length === 0
      ? blocks.text('Every critical skill has more than one holder.')
      : blocks.table(
          ['Skill', 'Only holder'],
          report.singlePointsOfFailure.map((alert) => [alert.skill, alert.holder]),
          ['*', 160],
        ),
  ]
}
