import { useId } from 'react'
import type { CsvDelimiter, ParsedCsv } from '../../../../shared/domain/csv/types'
import { CsvReadout, encodingLabels } from '../CsvReadout'
import { StepActions } from './StepActions'
import { StepCard } from './StepCard'

/** "25 people in 9 columns": how much a CSV holds, its rows named as the wizard counts them. */
export function describeCsvSize(csv: ParsedCsv, rowNoun: { one: string; many: string }): string {
  const rows = csv.rows.length
  return `${rows} ${rows === 1 ? rowNoun.one : rowNoun.many} in ${csv.headers.length} columns`
}

/**
 * The card of a CSV an import wizard has read: its name, encoding and size, the separator (which
 * the user may change) with what was found, and the move to the next step.
 */
export function CsvReadCard(props: {
  csv: ParsedCsv
  /** The file's name, or what a paste is called. */
  title: string
  /** Off for text that never was a file (a paste): it had no encoding to guess. */
  showEncoding: boolean
  rowNoun: { one: string; many: string }
  cleanMessage: string
  onDelimiterChange: (delimiter: CsvDelimiter) => void
  nextLabel: string
  onNext: () => void
}) {
  const { csv } = props
  const delimiterId = useId()
  return (
    <StepCard title={props.title}>
      <dl className="facts">
        {props.showEncoding ? (
          <>
            <dt>Read as</dt>
            <dd>{encodingLabels[csv.encoding]}</dd>
          </>
        ) : null}
        <dt>Rows</dt>
        <dd>{describeCsvSize(csv, props.rowNoun)}</dd>
      </dl>
      <CsvReadout
        csv={csv}
        delimiterId={delimiterId}
        cleanMessage={props.cleanMessage}
        onDelimiterChange={props.onDelimiterChange}
      />
      <StepActions nextLabel={props.nextLabel} onNext={props.onNext} />
    </StepCard>
  )
}
