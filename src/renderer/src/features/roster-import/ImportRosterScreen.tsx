import { ArrowLeft } from 'lucide-react'
import { PageHeader } from '../../ui/PageHeader'
import { ColumnsStep } from './ColumnsStep'
import { DoneStep } from './DoneStep'
import { FileStep } from './FileStep'
import { ImportProgress } from './ImportProgress'
import { useImportStore, type ImportStep } from './import-store'
import { ReviewStep } from './ReviewStep'
import './roster-import.css'

const steps: Array<{ id: ImportStep[]; label: string }> = [
  { id: ['file'], label: 'File' },
  { id: ['columns'], label: 'Columns' },
  { id: ['review', 'importing'], label: 'Review and import' },
  { id: ['done'], label: 'Done' },
]

export function ImportRosterScreen() {
  const step = useImportStore((state) => state.step)
  const current = steps.findIndex((entry) => entry.id.includes(step))
  return (
    <div className="page">
      <a className="back-link" href="#/people">
        <ArrowLeft size={16} aria-hidden /> People
      </a>
      <PageHeader
        title="Import team"
        description="From a CSV exported by payroll or HR software, Google Workspace, Microsoft 365 or a spreadsheet. Re-importing updates people; it never duplicates them."
      />
      <ol className="stepper" aria-label="Import steps">
        {steps.map((entry, index) => (
          <li
            key={entry.label}
            aria-current={index === current ? 'step' : undefined}
            className={index < current ? 'is-done' : undefined}
          >
            <span className="stepper-number">{index + 1}</span> {entry.label}
          </li>
        ))}
      </ol>
      {step === 'file' ? (
        <FileStep />
      ) : step === 'columns' ? (
        <ColumnsStep />
      ) : step === 'done' ? (
        <DoneStep />
      ) : step === 'importing' ? (
        <ImportProgress />
      ) : (
        <ReviewStep />
      )}
    </div>
  )
}
