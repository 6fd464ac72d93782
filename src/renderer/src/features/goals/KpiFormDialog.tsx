import { findKpiProblem } from '../../../../shared/domain/goals/form-checks'
import type { Kpi } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveKpi } from '../../db/repositories/kpis'
import {
  bindText,
  DescriptionField,
  DialogForm,
  FormDialog,
  SelectField,
  TextField,
  useForm,
} from '../../ui/form'
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
    <FormDialog title={kpi ? `Edit “${kpi.name}”` : 'Add a KPI'} isOpen={isOpen} onClose={onClose}>
      <KpiForm kpi={kpi} onClose={onClose} onSaved={onSaved} />
    </FormDialog>
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

  return (
    <DialogForm form={form} submitLabel={kpi ? 'Save KPI' : 'Add KPI'} onCancel={onClose} isGrid>
      <TextField {...bindText(form, 'name')} label="Name" isWide maxLength={200} autoFocus />
      <DescriptionField {...bindText(form, 'description')} label="What it measures and how" />
      <TextField
        {...bindText(form, 'unit')}
        label="Unit"
        maxLength={30}
        placeholder="%, minutes, EUR…"
      />
      <SelectField {...bindText(form, 'direction')} label="Direction" options={directionOptions} />
      <SelectField {...bindText(form, 'scope')} label="Measured per" options={scopeOptions} />
    </DialogForm>
  )
}
