import { useEffect } from 'react'
import type { MenuCommand } from '../../../shared/contract'
import { openLogFolder } from '../features/help/open-log-folder'
import {
  exportCurrentWorkspace,
  importWorkspaceFromFile,
  openLargeSampleWorkspace,
  openSampleWorkspace,
} from '../features/workspaces/workspace-actions'
import { openQuickFeedback } from '../features/checkins/quick-feedback'
import { useBackupUi } from '../features/backups/backup-ui-store'
import { importResponsesFromDialog } from '../features/responses/responses-actions'
import { desktop } from '../platform'
import { navigate } from './router'
import { useThemeStore } from './theme'
import { useUiStore } from './ui-store'
import { useWorkspaceStore } from './workspace-store'

export function runMenuCommand(command: MenuCommand): void {
  switch (command) {
    case 'workspace:new':
      return useUiStore.getState().show('new-workspace')
    case 'workspace:open-sample':
      void openSampleWorkspace().then(() => navigate('/'))
      return
    case 'workspace:open-large-sample':
      void openLargeSampleWorkspace().then(() => navigate('/'))
      return
    case 'workspace:export':
      void exportCurrentWorkspace()
      return
    case 'workspace:import':
      void importWorkspaceFromFile()
      return
    case 'roster:import':
      return navigate('/people/import')
    case 'navigate:settings':
      return navigate('/settings')
    case 'view:toggle-theme':
      return useThemeStore.getState().toggle()
    case 'help:about':
      return useUiStore.getState().show('about')
    case 'help:shortcuts':
      return useUiStore.getState().show('shortcuts')
    case 'help:open-logs':
      void openLogFolder()
      return
    case 'feedback:quick':
      return openQuickFeedback()
    case 'backup:now':
      if (useWorkspaceStore.getState().current) useBackupUi.getState().show('backup-now')
      return
    case 'backup:restore':
      return useBackupUi.getState().show('restore')
    case 'responses:import':
      void importResponsesFromDialog()
      return
  }
}

export function useMenuCommands(): void {
  useEffect(() => desktop.onMenuCommand(runMenuCommand), [])
}
