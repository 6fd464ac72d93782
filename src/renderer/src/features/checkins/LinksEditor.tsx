import { X } from 'lucide-react'
import type { Goal, PlanItem, Skill } from '../../../../shared/model'
import { SelectField } from '../../ui/SelectField'
import { toggleId, type EditorDraft } from './editor-state'
import { IconButton } from '../../ui/IconButton'

type LinkKey = 'skillIds' | 'goalIds' | 'planItemIds'

function LinkGroup(props: {
  id: string
  label: string
  noun: string
  selected: string[]
  options: Array<{ id: string; name: string; isSuggested?: boolean }>
  onChange: (ids: string[]) => void
}) {
  const names = new Map(props.options.map((o) => [o.id, o.name]))
  const available = props.options.filter((o) => !props.selected.includes(o.id))
  const suggested = available.filter((o) => o.isSuggested)
  const others = available.filter((o) => !o.isSuggested)
  return (
    <div className="link-group">
      <SelectField
        id={props.id}
        label={props.label}
        value=""
        options={[
          {
            value: '',
            label: available.length ? `Link a ${props.noun}…` : `No ${props.noun}s to link`,
          },
          ...suggested.map((o) => ({ value: o.id, label: o.name })),
          ...others.map((o) => ({ value: o.id, label: o.name })),
        ]}
        onChange={(value) => value && props.onChange([...props.selected, value])}
      />
      <ul className="chip-list" aria-label={`Linked ${props.noun}s`}>
        {props.selected.map((id) => (
          <li key={id} className="chip">
            {names.get(id) ?? 'Removed record'}
            <IconButton
              label={`Unlink ${names.get(id) ?? id}`}
              icon={X}
              size={14}
              onClick={() => props.onChange(toggleId(props.selected, id))}
            />
          </li>
        ))}
      </ul>
    </div>
  )
}

/** The skills, goals and plan items discussed. */
export function LinksEditor(props: {
  draft: EditorDraft
  skills: Skill[]
  relevantSkillIds: Set<string>
  goals: Goal[]
  planItems: PlanItem[]
  onChange: (changes: Partial<EditorDraft>) => void
}) {
  const { draft, onChange } = props
  const set = (key: LinkKey) => (ids: string[]) => onChange({ [key]: ids })
  return (
    <section className="card" aria-labelledby="links-title">
      <h2 id="links-title">Discussed</h2>
      <div className="links-grid">
        <LinkGroup
          id="link-skill"
          label="Skills"
          noun="skill"
          selected={draft.skillIds}
          options={props.skills.map((s) => ({
            id: s.id,
            name: s.name,
            isSuggested: props.relevantSkillIds.has(s.id),
          }))}
          onChange={set('skillIds')}
        />
        <LinkGroup
          id="link-goal"
          label="Goals"
          noun="goal"
          selected={draft.goalIds}
          options={props.goals.map((g) => ({ id: g.id, name: `${g.title} (${g.period})` }))}
          onChange={set('goalIds')}
        />
        <LinkGroup
          id="link-plan-item"
          label="Plan items"
          noun="plan item"
          selected={draft.planItemIds}
          options={props.planItems.map((p) => ({ id: p.id, name: p.title }))}
          onChange={set('planItemIds')}
        />
      </div>
    </section>
  )
}
