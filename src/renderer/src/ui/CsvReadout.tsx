import {
  csvDelimiters,
  type CsvDelimiter,
  type CsvEncoding,
  type ParsedCsv,
} from '../../../shared/domain/csv/types'
import { ProblemList } from './ProblemList'

export const encodingLabels: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with byte order mark)',
  'utf-16le': 'UTF-16 little-endian',
  'utf-16be': 'UTF-16 big-endian',
  'windows-1252': 'Windows-1252 (Western European)',
}

const delimiterLabels: Record<CsvDelimiter, string> = {
  ',': 'Comma ( , )',
  ';': 'Semicolon ( ; )',
  '\t': 'Tab',
  '|': 'Pipe ( | )',
}

/** How main read a CSV: the separator (changeable) and what it found, as both import wizards show it. */
export function CsvReadout(props: {
  csv: ParsedCsv
  delimiterId: string
  cleanMessage: string
  onDelimiterChange: (delimiter: CsvDelimiter) => void
}) {
  const { csv, delimiterId, cleanMessage, onDelimiterChange } = props
  return (
    <>
      <div className="field inline-field">
        <label htmlFor={delimiterId}>Columns separated by</label>
        <select
          id={delimiterId}
          value={csv.delimiter}
          onChange={(event) => onDelimiterChange(event.target.value as CsvDelimiter)}
        >
          {csvDelimiters.map((delimiter) => (
            <option key={delimiter} value={delimiter}>
              {delimiterLabels[delimiter]}
            </option>
          ))}
        </select>
      </div>
      {csv.problems.length > 0 ? (
        <ProblemList
          title="Found in the file"
          problems={csv.problems.map((problem) => ({ ...problem, severity: 'warning' as const }))}
        />
      ) : (
        <p className="muted">{cleanMessage}</p>
      )}
    </>
  )
}
