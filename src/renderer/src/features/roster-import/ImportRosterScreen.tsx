import { useEffect } from 'react'
import type { StepperStep } from '../../ui/Stepper'
import { WizardPage } from '../../ui/wizard'
import { ColumnsStep } from './ColumnsStep'
import { DoneStep } from './DoneStep'
import { FileStep } from './FileStep'
import { ImportProgress } from './ImportProgress'
import { useImportStore, type ImportStep } from './import-store'
import { ReviewStep } from './ReviewStep'
import { ValuesStep } from './ValuesStep'
import './roster-import.css'

const steps: StepperStep<ImportStep>[] = [
  { ids: ['file'], label: 'File' },
  { ids: ['columns'], label: 'Columns' },
  { ids: ['values'], label: 'Values' },
  { ids: ['review', 'importing'], label: 'Review and import' },
  { ids: ['done'], label: 'Done' },
]

export function ImportRosterScreen() {
  const step = useImportStore((state) => state.step)
  // A wizard left half way waits for the user's return; a finished one starts afresh next time.
  useEffect(
    () => () => {
      if (useImportStore.getState().step === 'done') useImportStore.getState().reset()
    },
    [],
  )
  return (
    <WizardPage
      back={{ href: '#/people', label: 'People' }}
      title="Import team"
      description="From a CSV exported by payroll or HR software, Google Workspace, Microsoft 365 or a spreadsheet. Re-importing updates people; it never duplicates them."
      steps={steps}
      current={step}
    >
      {step === 'file' ? (
        <FileStep />
      ) : step === 'columns' ? (
        <ColumnsStep />
      ) : step === 'values' ? (
        <ValuesStep />
      ) : step === 'done' ? (
        <DoneStep />
      ) : step === 'importing' ? (
        <ImportProgress />
      ) : (
        <ReviewStep />
      )}
    </WizardPage>
  )
}
