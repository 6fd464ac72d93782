import { findCertificationProblem } from '../../../../shared/domain/careers'
import type { Certification } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveCertification } from '../../db/repositories/careers'
import {
  bindOptionalText,
  bindText,
  DateField,
  DialogForm,
  FormDialog,
  TextField,
  useForm,
} from '../../ui/form'
import { todayIso } from '../../ui/format'
import { notify } from '../../ui/toast-store'

type Draft = Omit<Certification, 'evidence'> & { link: string }
type Field = 'name' | 'issuer' | 'issuedOn' | 'expiresOn' | 'link'

/** Adds or edits one certification: name, issuer, dates and a link as evidence. */
export function CertificationDialog(props: {
  personId: string
  personName: string
  certification: Certification | null
  isOpen: boolean
  onClose: () => void
}) {
  return (
    <FormDialog
      title={
        props.certification
          ? `Edit ${props.certification.name}`
          : `Add a certification for ${props.personName}`
      }
      isOpen={props.isOpen}
      onClose={props.onClose}
    >
      <CertificationForm {...props} />
    </FormDialog>
  )
}

function CertificationForm(props: {
  personId: string
  certification: Certification | null
  onClose: () => void
}) {
  const { certification, onClose } = props
  const { db } = useCurrentWorkspace()
  const form = useForm<Draft, Field>({
    idPrefix: 'certification',
    initial: () => ({
      id: certification?.id ?? crypto.randomUUID(),
      personId: props.personId,
      name: certification?.name ?? '',
      issuer: certification?.issuer ?? '',
      issuedOn: certification?.issuedOn ?? todayIso(),
      expiresOn: certification?.expiresOn ?? null,
      link: certification?.evidence.kind === 'link' ? certification.evidence.url : '',
    }),
    check: (draft) => {
      const problem = findCertificationProblem(draft)
      if (problem) return { field: problem.field as Field, text: problem.message }
      if (draft.link.trim() !== '' && !/^https?:\/\/\S+$/i.test(draft.link.trim())) {
        return { field: 'link', text: 'A link starts with https:// (or http://).' }
      }
      return null
    },
    save: async ({ link, ...draft }) => {
      const kept = certification?.evidence.kind === 'file' ? certification.evidence : null
      await saveCertification(db, {
        ...draft,
        evidence:
          link.trim() !== '' ? { kind: 'link', url: link.trim() } : (kept ?? { kind: 'none' }),
      })
      notify('success', `Saved ${draft.name.trim()}.`)
      onClose()
    },
  })
  return (
    <DialogForm
      form={form}
      submitLabel={certification ? 'Save changes' : 'Add certification'}
      onCancel={onClose}
    >
      <div className="form-grid">
        <TextField {...bindText(form, 'name')} label="Name" isWide autoFocus maxLength={200} />
        <TextField {...bindText(form, 'issuer')} label="Issued by" maxLength={200} />
        <DateField {...bindText(form, 'issuedOn')} label="Issued on" />
        <DateField
          {...bindOptionalText(form, 'expiresOn')}
          label="Expires on"
          hint="Leave empty if it does not expire."
        />
        <TextField
          {...bindText(form, 'link')}
          label="Evidence link"
          type="url"
          hint="Where the certificate can be checked; Trellis never opens it by itself."
          isWide
          maxLength={2000}
        />
      </div>
    </DialogForm>
  )
}
