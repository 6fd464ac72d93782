import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/contract'

/** The application menu; each entry either uses an Electron role or sends a command to the page. */
export function buildMenuTemplate(options: {
  isMac: boolean
  isDev: boolean
  send: (command: MenuCommand) => void
}): MenuItemConstructorOptions[] {
  const { isMac, isDev, send } = options
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(name),
  })
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        command('New workspace…', 'workspace:new', 'CmdOrCtrl+Shift+N'),
        command('Open sample company', 'workspace:open-sample'),
        { type: 'separator' },
        command('Import team…', 'roster:import', 'CmdOrCtrl+I'),
        command('Log feedback…', 'feedback:quick', 'CmdOrCtrl+Shift+F'),
        command('Import responses…', 'responses:import'),
        { type: 'separator' },
        command('Import workspace…', 'workspace:import'),
        command('Export workspace…', 'workspace:export', 'CmdOrCtrl+Shift+E'),
        { type: 'separator' },
        command('Back up now…', 'backup:now', 'CmdOrCtrl+Shift+B'),
        command('Restore…', 'backup:restore'),
        { type: 'separator' },
        command(isMac ? 'Settings…' : 'Settings', 'navigate:settings', 'CmdOrCtrl+,'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        command('Toggle dark theme', 'view:toggle-theme', 'CmdOrCtrl+Shift+L'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev
          ? [
              { type: 'separator' as const },
              { role: 'reload' as const },
              { role: 'toggleDevTools' as const },
            ]
          : []),
      ],
    },
    ...(isDev
      ? [
          {
            label: 'Developer',
            submenu: [
              command('Open large sample (200 people, 5 years)', 'workspace:open-large-sample'),
            ],
          },
        ]
      : []),
    {
      role: 'help',
      submenu: [
        command('Keyboard shortcuts', 'help:shortcuts', 'CmdOrCtrl+/'),
        command('Open log folder', 'help:open-logs'),
        command('About Trellis', 'help:about'),
      ],
    },
  ]
}
