import { findKpiProblem } from '../../../../shared/domain/goals/form-checks'
import type { Kpi } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveKpi } from '../../db/repositories/kpis'
import { DialogForm, SelectField, TextAreaField, TextField, useForm } from '../../ui/form'
import { Modal } from '../../ui/Modal'
import { notify } from '../../ui/toast-store'

const directionOptions: Array<{ value: Kpi['direction']; label: string }> = [
  { value: 'higher-is-better', label: 'Higher is better' },
  { value: 'lower-is-better', label: 'Lower is better' },
]

const scopeOptions: Array<{ value: Kpi['scope']; label: string }> = [
  { value: 'company', label: 'The whole company' },
  { value: 'team', label: 'Team' },
  { value: 'person', label: 'Person' },
]

export function KpiFormDialog(props: {
  kpi: Kpi | null
  isOpen: boolean
  onClose: () => void
  onSaved: (kpi: Kpi) => void
}) {
  const { kpi, isOpen, onClose, onSaved } = props
  return (
    <Modal title={kpi ? `Edit “${kpi.name}”` : 'Add a KPI'} isOpen={isOpen} onClose={onClose}>
      <KpiForm kpi={kpi} onClose={onClose} onSaved={onSaved} />
    </Modal>
  )
}

function KpiForm(props: { kpi: Kpi | null; onClose: () => void; onSaved: (kpi: Kpi) => void }) {
  const { kpi, onClose, onSaved } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<Kpi, 'name' | 'description' | 'unit' | 'direction' | 'scope'>({
    idPrefix: 'kpi',
    initial: () =>
      kpi ?? {
        id: crypto.randomUUID(),
        name: '',
        description: '',
        unit: '',
        direction: 'higher-is-better',
        scope: 'team',
      },
    check: findKpiProblem,
    // saveKpi refuses a second KPI of the same name.
    fieldOfError: (text) => (/called/.test(text) ? 'name' : 'form'),
    save: async (draft) => {
      const saved = await saveKpi(db, draft)
      notify('success', kpi ? `Saved “${saved.name}”.` : `Added the KPI “${saved.name}”.`)
      onSaved(saved)
      onClose()
    },
  })
  const { draft, set } = form

  return (
    <DialogForm form={form} submitLabel={kpi ? 'Save KPI' : 'Add KPI'} onCancel={onClose} isGrid>
      <TextField
        {...form.field('name')}
        label="Name"
        isWide
        value={draft.name}
        maxLength={200}
        autoFocus
        onChange={(value) => set('name', value)}
      />
      <TextAreaField
        {...form.field('description')}
        label="What it measures and how"
        isWide
        rows={2}
        maxLength={4000}
        value={draft.description}
        onChange={(value) => set('description', value)}
      />
      <TextField
        {...form.field('unit')}
        label="Unit"
        value={draft.unit}
        maxLength={30}
        placeholder="%, minutes, EUR…"
        onChange={(value) => set('unit', value)}
      />
      <SelectField
        {...form.field('direction')}
        label="Direction"
        value={draft.direction}
        options={directionOptions}
        onChange={(value) => set('direction', value as Kpi['direction'])}
      />
      <SelectField
        {...form.field('scope')}
        label="Measured per"
        value={draft.scope}
        options={scopeOptions}
        onChange={(value) => set('scope', value as Kpi['scope'])}
      />
    </DialogForm>
  )
}
