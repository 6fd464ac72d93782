// @vitest-environment happy-dom
import { act, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ParsedCsv } from '../../../../shared/domain/csv/types'
import {
  CsvReadCard,
  DoneCard,
  FileChoiceCard,
  ImportProgressCard,
  ImportSummary,
  MappingProblems,
  MappingTable,
  MoreRows,
  StepActions,
  WizardPage,
  describeCsvSize,
  describeProgress,
  reviewPageSize,
  sampleValues,
  useRowLimit,
} from './index'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

const unmounts: Array<() => void> = []
afterEach(() => unmounts.splice(0).forEach((unmount) => unmount()))

/** Renders into a container in the document (so ids and labels resolve) and hands it back. */
function render(element: ReactNode): HTMLElement {
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  act(() => root.render(element))
  unmounts.push(() => {
    act(() => root.unmount())
    container.remove()
  })
  return container
}

function button(container: HTMLElement, name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (candidate) => candidate.textContent?.trim() === name,
  )
  if (!found) throw new Error(`No button “${name}” in: ${container.innerHTML}`)
  return found
}

const texts = (elements: Iterable<Element>) => [...elements].map((e) => e.textContent?.trim())

/** The section's name as a screen reader reads it: the text of what aria-labelledby points at. */
function sectionName(section: Element): string | undefined {
  const id = section.getAttribute('aria-labelledby')
  return id ? document.getElementById(id)?.textContent?.trim() : undefined
}

const csv = (rows: string[][], patch: Partial<ParsedCsv> = {}): ParsedCsv => ({
  token: 't',
  fileName: 'team.csv',
  byteLength: 100,
  encoding: 'windows-1252',
  delimiter: ';',
  headers: ['Name', '', 'Team'],
  rows,
  problems: [],
  ...patch,
})

describe('sampleValues and describeCsvSize', () => {
  it('joins the first rows’ non-blank values of one column, short rows included', () => {
    const rows = [['Ana', 'x'], ['  '], ['Bo', ''], ['Cy']]
    expect(sampleValues(rows, 0, 3)).toBe('Ana · Bo')
    expect(sampleValues(rows, 1, 4)).toBe('x')
    expect(sampleValues(rows, 2, 4)).toBe('')
  })

  it('counts rows with the wizard’s noun, one or many', () => {
    const noun = { one: 'person', many: 'people' }
    expect(describeCsvSize(csv([['a', 'b', 'c']]), noun)).toBe('1 person in 3 columns')
    expect(describeCsvSize(csv([[], []]), noun)).toBe('2 people in 3 columns')
  })
})

describe('FileChoiceCard', () => {
  const props = {
    description: 'One row per person.',
    onChoose: () => {},
    saveAction: { label: 'Save a template CSV…', onClick: () => {} },
  }

  it('asks for a file, then for another, and says why the last one was refused', () => {
    const onChoose = vi.fn()
    const first = render(
      <FileChoiceCard {...props} hasFile={false} onChoose={onChoose} error={null} />,
    )
    expect(sectionName(first.querySelector('section')!)).toBe('Choose the file')
    expect(first.querySelector('[role="alert"]')).toBeNull()
    act(() => button(first, 'Choose a CSV file…').click())
    expect(onChoose).toHaveBeenCalledOnce()

    const again = render(
      <FileChoiceCard
        {...props}
        hasFile
        note="Export, change, import back."
        error="team.csv cannot be imported. Row 4 has an unterminated quote."
      />,
    )
    expect(button(again, 'Choose another file…')).toBeTruthy()
    expect(again.querySelector('[role="alert"]')?.textContent).toBe(
      'team.csv cannot be imported. Row 4 has an unterminated quote. Nothing was imported.',
    )
    expect(again.querySelector('.drop-hint .muted')?.textContent).toBe(
      'Export, change, import back.',
    )
  })

  it('runs the save action from its own button', () => {
    const onClick = vi.fn()
    const container = render(
      <FileChoiceCard
        {...props}
        hasFile={false}
        saveAction={{ label: 'Export the current matrix…', onClick }}
        error={null}
      />,
    )
    act(() => button(container, 'Export the current matrix…').click())
    expect(onClick).toHaveBeenCalledOnce()
  })
})

describe('CsvReadCard', () => {
  const props = {
    title: 'team.csv',
    rowNoun: { one: 'person', many: 'people' },
    cleanMessage: 'The file reads cleanly.',
    onDelimiterChange: () => {},
    nextLabel: 'Continue to columns',
  }

  it('shows the encoding, the size and the separator the file was read with, and moves on', () => {
    const onNext = vi.fn()
    const container = render(
      <CsvReadCard {...props} csv={csv([['a'], ['b']])} showEncoding onNext={onNext} />,
    )
    expect(sectionName(container.querySelector('section')!)).toBe('team.csv')
    expect(texts(container.querySelectorAll('dt, dd'))).toEqual([
      'Read as',
      'Windows-1252 (Western European)',
      'Rows',
      '2 people in 3 columns',
    ])
    const label = [...container.querySelectorAll('label')].find(
      (candidate) => candidate.textContent === 'Columns separated by',
    )!
    const select = document.getElementById(label.htmlFor) as HTMLSelectElement
    expect(select.value).toBe(';')
    expect(container.textContent).toContain('The file reads cleanly.')
    act(() => button(container, 'Continue to columns').click())
    expect(onNext).toHaveBeenCalledOnce()
    expect(container.textContent).not.toContain('Back')
  })

  it('leaves the encoding out for a paste, which never was a file', () => {
    const container = render(
      <CsvReadCard
        {...props}
        csv={csv([['a']])}
        title="The pasted cells"
        showEncoding={false}
        rowNoun={{ one: 'row', many: 'rows' }}
        onNext={() => {}}
      />,
    )
    expect(texts(container.querySelectorAll('dt, dd'))).toEqual(['Rows', '1 row in 3 columns'])
  })
})

describe('MappingTable and MappingProblems', () => {
  const columns = [
    { column: 0, header: 'Name', target: 'fullName' },
    { column: 1, header: '', target: 'ignore' },
  ]

  it('gives each file column a row: header (or its number), first values, then the choices', () => {
    const container = render(
      <MappingTable
        columns={columns}
        rows={[
          ['Ana', ''],
          ['Bo', ' '],
          ['Cy', 'late'],
        ]}
        sampleCount={2}
        choiceHeadings={['Save as']}
        renderChoices={(column) => <td>{column.target}</td>}
      />,
    )
    expect(texts(container.querySelectorAll('thead th'))).toEqual([
      'Column in the file',
      'First values',
      'Save as',
    ])
    expect([...container.querySelectorAll('tbody tr')].map((row) => texts(row.children))).toEqual([
      ['Name', 'Ana · Bo', 'fullName'],
      ['(no header, column 2)', 'empty', 'ignore'],
    ])
    expect(container.querySelector('.table-scroll')).toBeNull()
  })

  it('scrolls sideways in its own box when asked, with the wizard’s class on the table', () => {
    const container = render(
      <MappingTable
        columns={columns}
        rows={[]}
        sampleCount={4}
        choiceHeadings={['Read as', 'Category of a new skill']}
        renderChoices={() => (
          <>
            <td />
            <td />
          </>
        )}
        className="matrix-columns"
        isScrollable
      />,
    )
    expect(container.querySelector('.table-scroll > table')?.className).toBe(
      'data-table mapping-table matrix-columns',
    )
    expect(container.querySelectorAll('thead th')).toHaveLength(4)
  })

  it('lists clashing choices as column problems and each missing field as its own line', () => {
    const container = render(
      <MappingProblems
        conflicts={[{ key: 'email', message: 'Two columns are saved as Email.' }]}
        gaps={['Choose the column with each person’s name.']}
      />,
    )
    expect(texts(container.querySelectorAll('ul[aria-label="Column problems"] li'))).toEqual([
      'Two columns are saved as Email.',
    ])
    expect(texts(container.querySelectorAll('p.field-error'))).toEqual([
      'Choose the column with each person’s name.',
    ])
    expect(render(<MappingProblems conflicts={[]} gaps={[]} />).innerHTML).toBe('')
  })
})

describe('StepActions', () => {
  it('has Back only where the step has one, and holds the move forward until it is ready', () => {
    const onBack = vi.fn()
    const onNext = vi.fn()
    const container = render(
      <StepActions onBack={onBack} nextLabel="Nothing to import" onNext={onNext} isNextDisabled />,
    )
    expect(button(container, 'Nothing to import').disabled).toBe(true)
    act(() => button(container, 'Back').click())
    expect(onBack).toHaveBeenCalledOnce()

    const ready = render(<StepActions nextLabel="Continue to review" onNext={onNext} />)
    expect(texts(ready.querySelectorAll('button'))).toEqual(['Continue to review'])
    act(() => button(ready, 'Continue to review').click())
    expect(onNext).toHaveBeenCalledOnce()
  })
})

describe('the review parts', () => {
  it('shows each count over its label in one group named Import summary', () => {
    const container = render(
      <ImportSummary
        stats={[
          { label: 'New people', value: 25 },
          { label: 'Skipped', value: 0 },
        ]}
      />,
    )
    const group = container.querySelector('[role="group"]')!
    expect(group.getAttribute('aria-label')).toBe('Import summary')
    expect(
      [...group.querySelectorAll('.stat')].map((stat) => [
        stat.querySelector('.stat-value')?.textContent,
        stat.querySelector('.stat-label')?.textContent,
      ]),
    ).toEqual([
      ['25', 'New people'],
      ['0', 'Skipped'],
    ])
  })

  it('draws a page of rows at a time until all are drawn', () => {
    const total = reviewPageSize * 2 + 50
    function Review() {
      const { limit, showMore } = useRowLimit()
      return (
        <>
          <p id="drawn">{Math.min(limit, total)}</p>
          <MoreRows shown={limit} total={total} onShowMore={showMore} />
        </>
      )
    }
    const container = render(<Review />)
    expect(container.querySelector('.list-more')?.textContent).toContain('Showing 100 of 250 rows')
    act(() => button(container, 'Show more rows').click())
    expect(container.querySelector('.list-more')?.textContent).toContain('Showing 200 of 250 rows')
    act(() => button(container, 'Show more rows').click())
    expect(container.querySelector('#drawn')?.textContent).toBe('250')
    expect(container.querySelector('.list-more')).toBeNull()
  })
})

describe('ImportProgressCard', () => {
  it('says how much is saved on a labelled bar, and cancels', () => {
    expect(describeProgress(null, 'people')).toBe('Starting…')
    const onCancel = vi.fn()
    const props = {
      title: 'Importing team.csv',
      savedNoun: 'people',
      onCancel,
      note: 'Cancelling leaves the workspace as it was.',
    }
    const starting = render(<ImportProgressCard {...props} progress={null} />)
    expect(starting.querySelector('progress')?.max).toBe(1)
    expect(starting.querySelector('progress')?.value).toBe(0)

    const container = render(
      <ImportProgressCard {...props} progress={{ done: 500, total: 10000 }} />,
    )
    expect(sectionName(container.querySelector('section')!)).toBe('Importing team.csv')
    const label = container.querySelector('[role="status"] label') as HTMLLabelElement
    expect(label.textContent).toBe('500 of 10000 people saved')
    const bar = document.getElementById(label.htmlFor) as HTMLProgressElement
    expect([bar.tagName, bar.value, bar.max]).toEqual(['PROGRESS', 500, 10000])
    act(() => button(container, 'Cancel import').click())
    expect(onCancel).toHaveBeenCalledOnce()
    expect(container.textContent).toContain('Cancelling leaves the workspace as it was.')
  })
})

describe('DoneCard', () => {
  it('names the file imported, says what was saved, and offers the two ways on', () => {
    const onView = vi.fn()
    const onUndo = vi.fn()
    const container = render(
      <DoneCard
        fileName="team.csv"
        summary="25 added, 0 updated, 0 unchanged, 0 skipped."
        primaryAction={{ label: 'View people', onClick: onView }}
        secondaryAction={{ label: 'Undo this import', onClick: onUndo }}
      />,
    )
    expect(sectionName(container.querySelector('section')!)).toBe('Imported team.csv')
    expect(container.querySelector('p')?.textContent).toBe(
      '25 added, 0 updated, 0 unchanged, 0 skipped.',
    )
    expect(button(container, 'View people').className).toContain('button-primary')
    act(() => button(container, 'Undo this import').click())
    act(() => button(container, 'View people').click())
    expect([onView.mock.calls.length, onUndo.mock.calls.length]).toEqual([1, 1])
  })
})

describe('WizardPage', () => {
  it('links back, titles the page and marks the step the wizard is on', () => {
    const container = render(
      <WizardPage
        back={{ href: '#/people', label: 'People' }}
        title="Import team"
        description="From a CSV."
        steps={[
          { ids: ['file'], label: 'File' },
          { ids: ['review', 'importing'], label: 'Review and import' },
          { ids: ['done'], label: 'Done' },
        ]}
        current="importing"
      >
        <p id="step">the step</p>
      </WizardPage>,
    )
    const back = container.querySelector('a.back-link')!
    expect([back.getAttribute('href'), back.textContent?.trim()]).toEqual(['#/people', 'People'])
    expect(container.querySelector('h1')?.textContent).toBe('Import team')
    expect(container.querySelector('[aria-current="step"]')?.textContent).toBe(
      '2 Review and import',
    )
    expect(container.querySelector('#step')).not.toBeNull()
  })
})
