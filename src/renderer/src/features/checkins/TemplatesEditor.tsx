import { useLiveQuery } from 'dexie-react-hooks'
import { ArrowDown, ArrowUp, Copy, Pencil, Plus, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { findTemplateProblem } from '../../../../shared/domain/checkins/validation'
import type { CheckinTemplate } from '../../../../shared/model'
import { writeWithUndo } from '../../app/undo'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { deleteTemplate, saveTemplate } from '../../db/repositories/checkins'
import { desktop } from '../../platform'
import { Modal } from '../../ui/Modal'
import { DialogForm, FieldError, TextField, useForm } from '../../ui/form'
import { describeError } from '../../ui/format'
import { notify } from '../../ui/toast-store'
import { IconButton } from '../../ui/IconButton'

type Section = CheckinTemplate['sections'][number]
type Field = 'name' | 'sections' | `section-${number}`

export function TemplatesEditor() {
  const { db } = useCurrentWorkspace()
  const data = useLiveQuery(async () => {
    const [templates, checkins] = await Promise.all([
      db.checkinTemplates.toArray(),
      db.checkins.toArray(),
    ])
    const uses = new Map<string, number>()
    for (const c of checkins) uses.set(c.templateId, (uses.get(c.templateId) ?? 0) + 1)
    templates.sort(
      (a, b) => Number(b.isBuiltIn) - Number(a.isBuiltIn) || a.name.localeCompare(b.name),
    )
    return { templates, uses }
  }, [db])
  const [editing, setEditing] = useState<CheckinTemplate | null>(null)

  if (!data) return <p className="muted">Loading templates…</p>
  const startNew = (from?: CheckinTemplate): void =>
    setEditing({
      id: crypto.randomUUID(),
      name: from ? `${from.name} (copy)` : '',
      kind: 'custom',
      isBuiltIn: false,
      sections: from
        ? from.sections.map((s) => ({ ...s }))
        : [{ id: crypto.randomUUID(), prompt: '', help: '' }],
    })
  const remove = async (template: CheckinTemplate): Promise<void> => {
    const { isConfirmed } = await desktop.confirm({
      title: 'Delete template',
      message: `Delete the template “${template.name}”?`,
      confirmLabel: 'Delete',
      isDestructive: true,
    })
    if (!isConfirmed) return
    try {
      await writeWithUndo(
        db,
        () => deleteTemplate(db, template.id),
        `Deleted the template “${template.name}”.`,
      )
    } catch (error) {
      notify('error', describeError(error))
    }
  }

  return (
    <>
      <div className="toolbar">
        <p className="muted">
          A template chooses the questions of a check-in. Built-in templates can be edited, not
          deleted.
        </p>
        <div className="toolbar-spacer" />
        <button type="button" className="button button-primary" onClick={() => startNew()}>
          <Plus size={16} aria-hidden /> New template
        </button>
      </div>
      <ul className="template-list">
        {data.templates.map((template) => {
          const used = data.uses.get(template.id) ?? 0
          return (
            <li key={template.id} className="card">
              <div className="card-header">
                <h3>
                  {template.name}{' '}
                  {template.isBuiltIn ? <span className="badge">Built-in</span> : null}
                </h3>
                <div className="row">
                  <button type="button" className="button" onClick={() => setEditing(template)}>
                    <Pencil size={16} aria-hidden /> Edit
                    <span className="visually-hidden"> {template.name}</span>
                  </button>
                  <button type="button" className="button" onClick={() => startNew(template)}>
                    <Copy size={16} aria-hidden /> Duplicate
                    <span className="visually-hidden"> {template.name}</span>
                  </button>
                  {template.isBuiltIn ? null : (
                    <button
                      type="button"
                      className="button button-danger"
                      onClick={() => void remove(template)}
                    >
                      <Trash2 size={16} aria-hidden /> Delete
                      <span className="visually-hidden"> {template.name}</span>
                    </button>
                  )}
                </div>
              </div>
              <ol className="template-sections">
                {template.sections.map((s) => (
                  <li key={s.id}>
                    {s.prompt}
                    {s.help ? <span className="muted"> — {s.help}</span> : null}
                  </li>
                ))}
              </ol>
              <p className="muted">
                Used by {used} check-in{used === 1 ? '' : 's'}.
              </p>
            </li>
          )
        })}
      </ul>
      <Modal
        title={
          editing && data.templates.some((t) => t.id === editing.id)
            ? `Edit ${editing.name}`
            : 'New template'
        }
        isOpen={editing !== null}
        onClose={() => setEditing(null)}
        isWide
      >
        {editing ? (
          <TemplateForm
            template={editing}
            others={data.templates}
            onClose={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  )
}

function TemplateForm(props: {
  template: CheckinTemplate
  others: CheckinTemplate[]
  onClose: () => void
}) {
  const { db } = useCurrentWorkspace()
  const form = useForm<CheckinTemplate, Field>({
    idPrefix: 'template',
    initial: props.template,
    check: (draft) => findTemplateProblem(draft, props.others),
    save: async (draft) => {
      const saved = await saveTemplate(db, {
        ...draft,
        name: draft.name.trim(),
        sections: draft.sections.map((s) => ({
          ...s,
          prompt: s.prompt.trim(),
          help: s.help.trim(),
        })),
      })
      notify('success', `Saved the template “${saved.name}”.`)
      props.onClose()
    },
  })
  const { draft } = form
  const setSections = (change: (sections: Section[]) => Section[]): void =>
    form.update((d) => ({ ...d, sections: change(d.sections) }))
  const setSection = (index: number, changes: Partial<Section>): void => {
    setSections((sections) => sections.map((s, i) => (i === index ? { ...s, ...changes } : s)))
    if (form.problem?.field === `section-${index}`) form.setProblem(null)
  }
  const move = (index: number, by: number): void =>
    setSections((sections) => {
      const moved = [...sections]
      const [section] = moved.splice(index, 1)
      moved.splice(index + by, 0, section!)
      return moved
    })
  const sectionsError = form.field('sections')

  return (
    <DialogForm form={form} submitLabel="Save template" onCancel={props.onClose}>
      <TextField
        {...form.field('name')}
        label="Name"
        autoFocus
        maxLength={120}
        value={draft.name}
        onChange={(value) => form.set('name', value)}
      />
      <fieldset className="template-form-sections">
        <legend>Sections</legend>
        {draft.sections.map((section, index) => (
          <div key={section.id} className="template-section-row">
            <TextField
              {...form.field(`section-${index}`)}
              label={`Prompt ${index + 1}`}
              maxLength={500}
              value={section.prompt}
              onChange={(value) => setSection(index, { prompt: value })}
            />
            <TextField
              id={`template-help-${index}`}
              label={`Help text ${index + 1}`}
              maxLength={1000}
              value={section.help}
              onChange={(value) => setSection(index, { help: value })}
            />
            <div className="row template-section-tools">
              <IconButton
                label={`Move prompt ${index + 1} up`}
                icon={ArrowUp}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              />
              <IconButton
                label={`Move prompt ${index + 1} down`}
                icon={ArrowDown}
                disabled={index === draft.sections.length - 1}
                onClick={() => move(index, 1)}
              />
              <IconButton
                label={`Remove prompt ${index + 1}`}
                icon={Trash2}
                onClick={() => setSections((sections) => sections.filter((_, i) => i !== index))}
              />
            </div>
          </div>
        ))}
        {/* Where focus lands when the template has no section left. */}
        <button
          type="button"
          className="button"
          id={sectionsError.id}
          aria-describedby={sectionsError.error ? `${sectionsError.id}-error` : undefined}
          onClick={() => {
            setSections((sections) => [
              ...sections,
              { id: crypto.randomUUID(), prompt: '', help: '' },
            ])
            if (sectionsError.error) form.setProblem(null)
          }}
        >
          <Plus size={16} aria-hidden /> Add a prompt
        </button>
        {sectionsError.error ? (
          <FieldError id={`${sectionsError.id}-error`} text={sectionsError.error} />
        ) : null}
      </fieldset>
    </DialogForm>
  )
}
