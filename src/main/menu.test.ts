import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../shared/contract'
import { buildMenuTemplate } from './menu'

function findItem(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  for (const item of items) {
    if (item.label === label) return item
    if (Array.isArray(item.submenu)) {
      const found = item.submenu.find((child) => child.label === label)
      if (found) return found
    }
  }
  throw new Error(`No menu item ${label}`)
}

describe('application menu', () => {
  it('has File, Edit, View and Help, and its commands reach the page', () => {
    const sent: MenuCommand[] = []
    const template = buildMenuTemplate({ isMac: false, isDev: false, send: (c) => sent.push(c) })
    expect(template.map((item) => item.label ?? item.role)).toEqual([
      'File',
      'editMenu',
      'View',
      'help',
    ])
    const click = (label: string) => (findItem(template, label).click as unknown as () => void)()
    click('New workspace…')
    click('Export workspace…')
    click('About Trellis')
    click('Open log folder')
    expect(sent).toEqual(['workspace:new', 'workspace:export', 'help:about', 'help:open-logs'])
  })

  it('offers developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      JSON.stringify(buildMenuTemplate({ isMac: false, isDev, send: () => {} }))
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(true)).toContain('toggleDevTools')
  })

  it('offers the large sample in the developer menu, in development only', () => {
    const sent: MenuCommand[] = []
    const dev = buildMenuTemplate({ isMac: false, isDev: true, send: (c) => sent.push(c) })
    ;(findItem(dev, 'Open large sample (200 people, 5 years)').click as unknown as () => void)()
    expect(sent).toEqual(['workspace:open-large-sample'])
    const shipped = buildMenuTemplate({ isMac: false, isDev: false, send: () => {} })
    expect(shipped.map((item) => item.label)).not.toContain('Developer')
  })
})

describe('feedback quick entry', () => {
  it('is a File menu item with its shortcut', () => {
    const sent: MenuCommand[] = []
    const template = buildMenuTemplate({ isMac: false, isDev: false, send: (c) => sent.push(c) })
    const item = findItem(template, 'Log feedback…')
    expect(item.accelerator).toBe('CmdOrCtrl+Shift+F')
    ;(item.click as unknown as () => void)()
    expect(sent).toEqual(['feedback:quick'])
  })
})

describe('import responses', () => {
  it('is a File menu item that asks the page to import response files', () => {
    const sent: MenuCommand[] = []
    const template = buildMenuTemplate({ isMac: false, isDev: false, send: (c) => sent.push(c) })
    const file = template.find((item) => item.label === 'File')
    const labels = (file?.submenu as MenuItemConstructorOptions[]).map((item) => item.label)
    expect(labels).toContain('Import responses…')
    ;(findItem(template, 'Import responses…').click as unknown as () => void)()
    expect(sent).toEqual(['responses:import'])
  })
})
