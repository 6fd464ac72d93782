import type { StepperStep } from '../../ui/Stepper'
import { WizardPage } from '../../ui/wizard'
import './matrix-import.css'
import { MatrixColumnsStep } from './MatrixColumnsStep'
import { MatrixDoneStep } from './MatrixDoneStep'
import { MatrixImportProgress } from './MatrixImportProgress'
import { useMatrixImportStore, type MatrixImportStep } from './matrix-import-store'
import { MatrixReviewStep } from './MatrixReviewStep'
import { MatrixSourceStep } from './MatrixSourceStep'

const steps: StepperStep<MatrixImportStep>[] = [
  { ids: ['source'], label: 'File or paste' },
  { ids: ['columns'], label: 'Skill columns' },
  { ids: ['review', 'importing'], label: 'Review and import' },
  { ids: ['done'], label: 'Done' },
]

/** Imports a wide skills matrix (one row per person, one column per skill) from a CSV or a paste. */
export function MatrixImportScreen() {
  const step = useMatrixImportStore((state) => state.step)
  return (
    <WizardPage
      back={{ href: '#/matrix', label: 'Skills matrix' }}
      title="Import skills matrix"
      description="From a spreadsheet with one row per person and one column per skill. Levels that match what Trellis already has are left alone, so importing the same sheet twice changes nothing."
      steps={steps}
      current={step}
    >
      {step === 'source' ? (
        <MatrixSourceStep />
      ) : step === 'columns' ? (
        <MatrixColumnsStep />
      ) : step === 'importing' ? (
        <MatrixImportProgress />
      ) : step === 'done' ? (
        <MatrixDoneStep />
      ) : (
        <MatrixReviewStep />
      )}
    </WizardPage>
  )
}
