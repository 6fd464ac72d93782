import { useMemo, useState, type DragEvent, type FormEvent } from 'react'
import {
  csvLimits,
  type CsvDelimiter,
  type ParsedCsv,
  type ReadCsvResult,
} from '../../../../shared/domain/csv/types'
import { kpiTemplateRows, planKpiImport } from '../../../../shared/domain/goals/kpi-import'
import type { Kpi, KpiMeasurement, Person, Team } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { commitKpiImport } from '../../db/repositories/kpis'
import { desktop } from '../../platform'
import { FieldError, FormFooter } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { CsvReadout, encodingLabels } from '../../ui/CsvReadout'
import { ProblemList } from '../../ui/ProblemList'
import { describeError, todayIso } from '../../ui/format'

export interface KpiImportSource {
  kpis: Kpi[]
  teams: Team[]
  people: Person[]
  measurements: KpiMeasurement[]
}

/**
 * Reads a CSV of date, KPI, scope, value through main's CSV machinery, shows the rows at fault
 * by row and column, and writes the good rows only when the user confirms. Cancel saves nothing.
 */
export function KpiImportDialog(props: {
  isOpen: boolean
  source: KpiImportSource
  onClose: () => void
}) {
  const { isOpen, source, onClose } = props
  return (
    <Modal title="Import KPI measurements from CSV" isOpen={isOpen} onClose={onClose} isWide>
      {isOpen ? <KpiImport source={source} onClose={onClose} /> : null}
    </Modal>
  )
}

function KpiImport(props: { source: KpiImportSource; onClose: () => void }) {
  const { source, onClose } = props
  const { db } = useCurrentWorkspace()
  const [csv, setCsv] = useState<ParsedCsv | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const [isSaving, setIsSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)

  const plan = useMemo(
    () =>
      csv
        ? planKpiImport({
            headers: csv.headers,
            rows: csv.rows,
            kpis: source.kpis,
            teams: source.teams,
            people: source.people,
            existing: source.measurements,
            today: todayIso(),
            newId: () => crypto.randomUUID(),
          })
        : null,
    [csv, source],
  )

  const open = (result: ReadCsvResult): void => {
    if (result.status === 'cancelled') return
    if (result.status === 'refused') {
      setCsv(null)
      setRefusal(`${result.fileName} cannot be imported. ${result.message}`)
      return
    }
    setRefusal(null)
    setCsv(result.csv)
  }
  const pick = async (): Promise<void> => {
    try {
      open(await desktop.pickCsv({ title: 'Import KPI measurements' }))
    } catch (error) {
      notify('error', `The file could not be read: ${describeError(error)}`)
    }
  }
  /** A file dropped on the dialog: its bytes go to main, as for the other imports. */
  const drop = async (event: DragEvent): Promise<void> => {
    const file = event.dataTransfer.files[0]
    if (!file) return
    if (file.size > csvLimits.maxBytes) {
      setRefusal(`${file.name} is larger than 50 MB.`)
      return
    }
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      open(await desktop.readCsvBytes({ fileName: file.name, bytes }))
    } catch (error) {
      notify('error', `${file.name} could not be read: ${describeError(error)}`)
    }
  }
  const changeDelimiter = async (delimiter: CsvDelimiter): Promise<void> => {
    if (!csv) return
    open(await desktop.reparseCsv({ token: csv.token, delimiter }))
  }
  const saveTemplate = async (): Promise<void> => {
    const result = await desktop.saveCsv({
      title: 'Save the KPI template',
      suggestedName: 'Trellis KPI template.csv',
      rows: kpiTemplateRows,
    })
    if (result.status === 'saved') notify('success', `Saved the template as ${result.fileName}.`)
  }
  const commit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!plan || plan.rows.length === 0 || isSaving) return
    setIsSaving(true)
    setFailure(null)
    try {
      const { added, replaced } = await commitKpiImport(db, plan)
      notify(
        'success',
        `Imported ${added} ${added === 1 ? 'measurement' : 'measurements'}${replaced > 0 ? ` and replaced ${replaced} stored values` : ''} from ${csv?.fileName ?? 'the file'}.`,
      )
      onClose()
    } catch (error) {
      setFailure(`The import failed and nothing was changed: ${describeError(error)}`)
    } finally {
      setIsSaving(false)
    }
  }

  const replaced = plan?.rows.filter((row) => row.replacesId !== null).length ?? 0
  return (
    <form
      className="kpi-import"
      noValidate
      onSubmit={(event) => void commit(event)}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes('Files')) event.preventDefault()
      }}
      onDrop={(event) => {
        // Handled here, so the window's drop handler does not start a team import.
        event.preventDefault()
        event.stopPropagation()
        void drop(event)
      }}
    >
      <p>
        The file needs four columns: <strong>date</strong> (YYYY-MM-DD), <strong>KPI</strong> (its
        name), <strong>scope</strong> (the team or person measured; blank for a company KPI) and{' '}
        <strong>value</strong>. Nothing is saved until you confirm. You can also drop the file here.
      </p>
      <div className="row">
        <button type="button" className="button button-primary" onClick={() => void pick()}>
          {csv ? 'Choose another file…' : 'Choose a CSV file…'}
        </button>
        <button type="button" className="button" onClick={() => void saveTemplate()}>
          Save a template
        </button>
      </div>
      {refusal ? <FieldError text={refusal} /> : null}
      {csv && plan ? (
        <>
          <p className="muted">
            {csv.fileName}: {csv.rows.length} rows, {encodingLabels[csv.encoding]}.
          </p>
          <CsvReadout
            csv={csv}
            delimiterId="kpi-import-delimiter"
            cleanMessage="The file reads cleanly."
            onDelimiterChange={(delimiter) => void changeDelimiter(delimiter)}
          />
          <p role="status" className="kpi-import-summary">
            <strong>
              {plan.rows.length} {plan.rows.length === 1 ? 'row is' : 'rows are'} ready to import
            </strong>
            {replaced > 0 ? ` (${replaced} replace a stored value of the same day)` : ''}
            {plan.problems.length > 0 ? `; ${plan.problems.length} will be left out.` : '.'}
          </p>
          {plan.problems.length > 0 ? (
            <ProblemList
              title="Rows left out"
              columnNames={csv.headers}
              problems={plan.problems.map((problem) => ({
                ...problem,
                severity: 'error' as const,
              }))}
            />
          ) : null}
        </>
      ) : null}
      <FormFooter
        submitLabel={
          plan && plan.rows.length > 0
            ? `Import ${plan.rows.length} ${plan.rows.length === 1 ? 'measurement' : 'measurements'}`
            : 'Import'
        }
        busyLabel="Importing…"
        onCancel={onClose}
        isBusy={isSaving}
        isSubmitDisabled={!plan || plan.rows.length === 0}
        error={failure}
      />
    </form>
  )
}
