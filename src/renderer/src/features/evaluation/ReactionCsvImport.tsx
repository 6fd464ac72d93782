import { FileDown, FileUp } from 'lucide-react'
import { useState } from 'react'
import { toLocalIsoDate } from '../../../../shared/domain/dates/iso-date'
import {
  reactionCsvTemplate,
  readReactionCsv,
} from '../../../../shared/domain/evaluation/reaction-csv'
import type { TrainingInitiative } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { importReactionSurveys } from '../../db/repositories/evaluations'
import { desktop } from '../../platform'
import { notify } from '../../ui/toast-store'

interface Outcome {
  fileName: string
  saved: number
  problems: { row: number | null; message: string }[]
}

/** Reaction surveys from a CSV (one row per participant), through the app's CSV reader. */
export function ReactionCsvImport(props: { initiative: TrainingInitiative }) {
  const { initiative } = props
  const { db } = useCurrentWorkspace()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const pick = async () => {
    setIsBusy(true)
    try {
      const result = await desktop.pickCsv({ title: 'Import reaction surveys' })
      if (result.status === 'cancelled') return
      if (result.status === 'refused') {
        setOutcome({
          fileName: result.fileName,
          saved: 0,
          problems: [{ row: null, message: result.message }],
        })
        return
      }
      const { csv } = result
      const read = readReactionCsv(csv.headers, csv.rows, toLocalIsoDate(new Date()))
      const imported = await importReactionSurveys(db, initiative.id, read.rows)
      const problems = [...csv.problems, ...read.problems, ...imported.problems].sort(
        (a, b) => (a.row ?? 0) - (b.row ?? 0),
      )
      setOutcome({ fileName: csv.fileName, saved: imported.saved, problems })
      if (imported.saved > 0) {
        notify('success', `Imported ${imported.saved} reaction surveys from ${csv.fileName}.`)
      }
    } catch (error) {
      notify(
        'error',
        `The file could not be read: ${error instanceof Error ? error.message : String(error)}`,
      )
    } finally {
      setIsBusy(false)
    }
  }

  const saveTemplate = async () => {
    const result = await desktop.saveCsv({
      title: 'Save the reaction survey template',
      suggestedName: 'Reaction survey template.csv',
      rows: reactionCsvTemplate,
    })
    if (result.status === 'saved') notify('success', `Saved the template as ${result.fileName}.`)
  }

  return (
    <section className="reaction-import" aria-labelledby="reaction-import-title">
      <h3 id="reaction-import-title">Import reaction surveys from a CSV</h3>
      <p className="muted">
        One row per participant: Person (name, email or employee ID), Relevance and Engagement
        (1–5), Would recommend (yes/no), Comment, Date. A participant’s earlier survey is replaced.
      </p>
      <div className="row">
        <button type="button" className="button" disabled={isBusy} onClick={() => void pick()}>
          <FileUp size={16} aria-hidden /> Choose a CSV file…
        </button>
        <button type="button" className="button" onClick={() => void saveTemplate()}>
          <FileDown size={16} aria-hidden /> Save a template
        </button>
      </div>
      {outcome ? (
        <div role="status" className="reaction-import-outcome">
          <p>
            {outcome.fileName}: {outcome.saved} {outcome.saved === 1 ? 'survey' : 'surveys'} saved
            {outcome.problems.length > 0
              ? `, ${outcome.problems.length} ${outcome.problems.length === 1 ? 'row' : 'rows'} left out:`
              : '.'}
          </p>
          {outcome.problems.length > 0 ? (
            <ul>
              {outcome.problems.slice(0, 20).map((problem, index) => (
                <li key={index}>
                  {problem.row === null ? '' : `Row ${problem.row}: `}
                  {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
