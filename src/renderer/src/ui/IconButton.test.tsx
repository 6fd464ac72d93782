// @vitest-environment happy-dom
import { Pencil, Trash2 } from 'lucide-react'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataTable, RowActions } from './DataTable'
import { EditDeleteButtons } from './EditDeleteButtons'
import { IconButton } from './IconButton'
import { IconTooltip } from './IconTooltip'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const unmounts: Array<() => void> = []
afterEach(() => unmounts.splice(0).forEach((unmount) => unmount()))

function render(node: React.ReactNode): HTMLElement {
  const host = document.createElement('div')
  document.body.append(host)
  const root = createRoot(host)
  act(() => root.render(node))
  unmounts.push(() => {
    act(() => root.unmount())
    host.remove()
  })
  return host
}

describe('IconButton', () => {
  it('is a plain button named by its label, with only a hidden icon inside', () => {
    const host = render(<IconButton label="Delete Baristas" icon={Trash2} onClick={() => {}} />)
    const button = host.querySelector('button')!
    expect(button.getAttribute('type')).toBe('button')
    expect(button.getAttribute('aria-label')).toBe('Delete Baristas')
    expect(button.className).toBe('icon-button')
    expect(button.textContent).toBe('')
    const icon = button.querySelector('svg')!
    expect(icon.getAttribute('aria-hidden')).toBe('true')
    expect(icon.getAttribute('width')).toBe('16')
  })

  it('shows its label as the tooltip when the pointer is over it', () => {
    // happy-dom has no popover API; the tooltip only needs to be told to show.
    const showPopover = vi.fn()
    Object.assign(HTMLElement.prototype, { showPopover, hidePopover: vi.fn() })
    unmounts.push(() => {
      Reflect.deleteProperty(HTMLElement.prototype, 'showPopover')
      Reflect.deleteProperty(HTMLElement.prototype, 'hidePopover')
    })
    const host = render(
      <>
        <IconButton label="Edit Latte art" icon={Pencil} onClick={() => {}} />
        <IconTooltip />
      </>,
    )
    const button = host.querySelector('button')!
    const tooltip = host.querySelector('.icon-tooltip')!
    expect(tooltip.textContent).toBe('')
    act(() => {
      button.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
    })
    expect(tooltip.textContent).toBe('Edit Latte art')
    expect(showPopover).toHaveBeenCalled()
  })

  it('calls onClick once per click, and not while disabled', () => {
    const onClick = vi.fn()
    const host = render(
      <>
        <IconButton label="Move up" icon={Pencil} onClick={onClick} />
        <IconButton label="Move down" icon={Pencil} onClick={onClick} disabled />
      </>,
    )
    const [up, down] = [...host.querySelectorAll('button')]
    act(() => up!.click())
    act(() => down!.click())
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('keeps icon-button before a class of its own, and a smaller icon when asked', () => {
    const host = render(
      <IconButton label="Delete update" icon={Trash2} size={14} className="goal-history-delete" />,
    )
    const button = host.querySelector('button')!
    expect(button.className).toBe('icon-button goal-history-delete')
    expect(button.querySelector('svg')!.getAttribute('width')).toBe('14')
  })
})

describe('DataTable', () => {
  it('heads its columns, right-aligns numeric ones and hides the Actions heading', () => {
    const host = render(
      <DataTable
        className="skill-table"
        columns={['Team', { label: 'People', isNumeric: true }]}
        hasActions
      >
        <tr>
          <td>Baristas</td>
          <td>4</td>
          <RowActions>
            <button type="button">Open</button>
          </RowActions>
        </tr>
      </DataTable>,
    )
    const table = host.querySelector('table')!
    expect(table.className).toBe('data-table skill-table')
    const headings = [...table.querySelectorAll('thead th')]
    expect(headings.map((th) => th.textContent)).toEqual(['Team', 'People', 'Actions'])
    expect(headings.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col'])
    expect(headings.map((th) => th.className)).toEqual(['', 'numeric', ''])
    expect(headings[2]!.querySelector('span')!.className).toBe('visually-hidden')
    expect(table.querySelector('tbody td:last-child > div.row > button')!.textContent).toBe('Open')
  })

  it('has no Actions column unless asked', () => {
    const host = render(<DataTable columns={['Person']}>{null}</DataTable>)
    expect([...host.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Person'])
  })
})

describe('EditDeleteButtons', () => {
  it('names both links after the record and calls the one clicked', () => {
    const onEdit = vi.fn()
    const onDelete = vi.fn()
    const host = render(<EditDeleteButtons name="Latte art" onEdit={onEdit} onDelete={onDelete} />)
    const [edit, remove] = [...host.querySelectorAll('button')]
    expect([edit, remove].map((b) => [b!.getAttribute('aria-label'), b!.textContent])).toEqual([
      ['Edit Latte art', 'Edit'],
      ['Delete Latte art', 'Delete'],
    ])
    act(() => remove!.click())
    expect(onDelete).toHaveBeenCalledTimes(1)
    expect(onEdit).not.toHaveBeenCalled()
  })
})
