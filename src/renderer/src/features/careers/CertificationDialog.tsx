import { findCertificationProblem } from '../../../../shared/domain/careers'
import type { Certification } from '../../../../shared/model'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { saveCertification, type EvidenceFile } from '../../db/repositories/careers'
import { desktop } from '../../platform'
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

type Draft = Omit<Certification, 'evidence'> & {
  link: string
  file: EvidenceFile | null
  keptFileName: string | null
}
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
      file: null,
      keptFileName:
        certification?.evidence.kind === 'file' ? certification.evidence.fileName : null,
    }),
    check: (draft) => {
      const problem = findCertificationProblem(draft)
      if (problem) return { field: problem.field as Field, text: problem.message }
      if (draft.link.trim() !== '' && !/^https?:\/\/\S+$/i.test(draft.link.trim())) {
        return { field: 'link', text: 'A link starts with https:// (or http://).' }
      }
      return null
    },
    save: async ({ link, file, keptFileName, ...draft }) => {
      const kept =
        certification?.evidence.kind === 'file' && keptFileName !== null
          ? certification.evidence
          : null
      await saveCertification(
        db,
        {
          ...draft,
          evidence:
            link.trim() !== '' ? { kind: 'link', url: link.trim() } : (kept ?? { kind: 'none' }),
        },
        file ?? undefined,
      )
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
        <EvidenceFileField
          fileName={form.draft.file?.fileName ?? form.draft.keptFileName}
          onPick={(file) => form.update((d) => ({ ...d, file, link: '' }))}
          onRemove={() => form.update((d) => ({ ...d, file: null, keptFileName: null }))}
        />
      </div>
    </DialogForm>
  )
}

/** A copy of the certificate as a file (a scan, a PDF), kept in the workspace and its backups. */
function EvidenceFileField(props: {
  fileName: string | null
  onPick: (file: EvidenceFile) => void
  onRemove: () => void
}) {
  const pick = async () => {
    const picked = await desktop.pickMaterialFile({ title: 'Attach the certificate' })
    if (picked.status === 'refused')
      notify('error', `${picked.fileName} was not attached. ${picked.reason}`)
    if (picked.status === 'picked') props.onPick(picked)
  }
  return (
    <fieldset className="evidence-file field-wide">
      <legend>Evidence file</legend>
      <div className="row">
        {props.fileName ? <span>{props.fileName}</span> : <span className="muted">None</span>}
        <button type="button" className="button" onClick={() => void pick()}>
          {props.fileName ? 'Replace file…' : 'Attach a file…'}
        </button>
        {props.fileName ? (
          <button type="button" className="button" onClick={props.onRemove}>
            Remove file
          </button>
        ) : null}
      </div>
    </fieldset>
  )
}
