import { useState, type FormEvent } from 'react'
import type { Kpi } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveKpi } from '../../db/repositories/kpis'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'
import { describeError } from '../../ui/format'

export function KpiFormDialog(props: {
  kpi: Kpi | null
  isOpen: boolean
  onClose: () => void
  onSaved: (kpi: Kpi) => void
}) {
  const { kpi, isOpen, onClose, onSaved } = props
  return (
    <Modal title={kpi ? `Edit “${kpi.name}”` : 'Add a KPI'} isOpen={isOpen} onClose={onClose}>
      {isOpen ? <KpiForm kpi={kpi} onClose={onClose} onSaved={onSaved} /> : null}
    </Modal>
  )
}

function KpiForm(props: { kpi: Kpi | null; onClose: () => void; onSaved: (kpi: Kpi) => void }) {
  const { kpi, onClose, onSaved } = props
  const { db } = useCurrentWorkspace()
  const [draft, setDraft] = useState<Kpi>(
    () =>
      kpi ?? {
        id: crypto.randomUUID(),
        name: '',
        description: '',
        unit: '',
        direction: 'higher-is-better',
        scope: 'team',
      },
  )
  const [problem, setProblem] = useState<{ field: 'name' | 'form'; text: string } | null>(null)
  const set = <K extends keyof Kpi>(key: K, value: Kpi[K]): void =>
    setDraft((current) => ({ ...current, [key]: value }))

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault()
    if (!draft.name.trim()) {
      setProblem({ field: 'name', text: 'Give the KPI a name.' })
      return
    }
    try {
      const saved = await saveKpi(db, draft)
      notify('success', kpi ? `Saved “${saved.name}”.` : `Added the KPI “${saved.name}”.`)
      onSaved(saved)
      onClose()
    } catch (failure) {
      const text = describeError(failure)
      setProblem({ field: /called/.test(text) ? 'name' : 'form', text })
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor="kpi-name">Name</label>
          <input
            id="kpi-name"
            value={draft.name}
            maxLength={200}
            autoFocus
            onChange={(event) => set('name', event.target.value)}
            {...(problem?.field === 'name'
              ? { 'aria-invalid': true, 'aria-describedby': 'kpi-error' }
              : {})}
          />
        </div>
        <div className="field field-wide">
          <label htmlFor="kpi-description">What it measures and how</label>
          <textarea
            id="kpi-description"
            rows={2}
            maxLength={4000}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="kpi-unit">Unit</label>
          <input
            id="kpi-unit"
            value={draft.unit}
            maxLength={30}
            placeholder="%, minutes, EUR…"
            onChange={(event) => set('unit', event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="kpi-direction">Direction</label>
          <select
            id="kpi-direction"
            value={draft.direction}
            onChange={(event) => set('direction', event.target.value as Kpi['direction'])}
          >
            <option value="higher-is-better">Higher is better</option>
            <option value="lower-is-better">Lower is better</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="kpi-scope">Measured per</label>
          <select
            id="kpi-scope"
            value={draft.scope}
            onChange={(event) => set('scope', event.target.value as Kpi['scope'])}
          >
            <option value="company">The whole company</option>
            <option value="team">Team</option>
            <option value="person">Person</option>
          </select>
        </div>
      </div>
      {problem ? (
        <p id="kpi-error" className="field-error" role="alert">
          {problem.text}
        </p>
      ) : null}
      <div className="modal-footer">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {kpi ? 'Save KPI' : 'Add KPI'}
        </button>
      </div>
    </form>
  )
}
