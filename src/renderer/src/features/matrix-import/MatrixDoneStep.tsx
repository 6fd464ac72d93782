import { CheckCircle2 } from 'lucide-react'
import { navigate } from '../../app/router'
import { useMatrixImportStore } from './matrix-import-store'

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

export function MatrixDoneStep() {
  const result = useMatrixImportStore((state) => state.result)
  if (!result) return null
  const requirementCount = result.requirementsCreated + result.requirementsRaised
  return (
    <section className="card import-done" aria-labelledby="matrix-done-title">
      <CheckCircle2 size={32} aria-hidden className="empty-state-icon" />
      <h2 id="matrix-done-title">Imported {result.fileName}</h2>
      <p>
        {plural(result.assessmentsAdded, 'new assessment', 'new assessments')},{' '}
        {plural(result.skillsCreated, 'new skill', 'new skills')}
        {result.categoriesCreated > 0 ? ` in a new category` : ''}
        {requirementCount > 0
          ? `, ${plural(result.requirementsCreated, 'role requirement', 'role requirements')} added and ${result.requirementsRaised} raised`
          : ''}
        .
      </p>
      <div className="row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            useMatrixImportStore.getState().reset()
            navigate('/matrix')
          }}
        >
          View the matrix
        </button>
        <button
          type="button"
          className="button"
          onClick={() => useMatrixImportStore.getState().reset()}
        >
          Import another file
        </button>
      </div>
    </section>
  )
}
