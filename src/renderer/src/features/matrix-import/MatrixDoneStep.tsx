import { navigate } from '../../app/router'
import { DoneCard } from '../../ui/wizard'
import { useMatrixImportStore } from './matrix-import-store'

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

export function MatrixDoneStep() {
  const result = useMatrixImportStore((state) => state.result)
  if (!result) return null
  const requirementCount = result.requirementsCreated + result.requirementsRaised
  return (
    <DoneCard
      fileName={result.fileName}
      summary={[
        `${plural(result.assessmentsAdded, 'new assessment', 'new assessments')}, `,
        plural(result.skillsCreated, 'new skill', 'new skills'),
        result.categoriesCreated > 0 ? ' in a new category' : '',
        requirementCount > 0
          ? `, ${plural(result.requirementsCreated, 'role requirement', 'role requirements')} added and ${result.requirementsRaised} raised`
          : '',
        '.',
      ].join('')}
      primaryAction={{
        label: 'View the matrix',
        onClick: () => {
          useMatrixImportStore.getState().reset()
          navigate('/matrix')
        },
      }}
      secondaryAction={{
        label: 'Import another file',
        onClick: () => useMatrixImportStore.getState().reset(),
      }}
    />
  )
}
