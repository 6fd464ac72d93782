import { navigate } from '../../app/router'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { DoneCard } from '../../ui/wizard'
import { confirmUndoImport } from './import-actions'
import { useImportStore } from './import-store'

export function DoneStep() {
  const { db } = useCurrentWorkspace()
  const result = useImportStore((state) => state.result)
  if (!result) return null
  const { counts } = result
  const newTeams = result.createdTeamIds.length
  return (
    <DoneCard
      fileName={result.fileName}
      summary={
        `${counts.create} added, ${counts.update} updated, ${counts.unchanged} unchanged, ` +
        `${counts.skipped} skipped.${newTeams > 0 ? ` ${newTeams} new teams.` : ''}`
      }
      primaryAction={{
        label: 'View people',
        onClick: () => {
          useImportStore.getState().reset()
          navigate('/people')
        },
      }}
      secondaryAction={{
        label: 'Undo this import',
        onClick: () =>
          void confirmUndoImport(db, result).then((isUndone) => {
            if (isUndone) useImportStore.getState().reset()
          }),
      }}
    />
  )
}
