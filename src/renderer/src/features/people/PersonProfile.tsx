import { useLiveQuery } from 'dexie-react-hooks'
import { ArrowLeft, DoorOpen, Pencil, RotateCcw, Send, Trash2, UserX } from 'lucide-react'
import { useState, type ComponentType } from 'react'
import { useUiStore } from '../../app/ui-store'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { confirmDeletePerson } from './people-actions'
import { loadPersonProfile } from './load-person-profile'
import { PersonDetails } from './PersonDetails'
import { PersonFormDialog } from './PersonFormDialog'
import { MarkLeftDialog } from './MarkLeftDialog'
import { RehireDialog } from './RehireDialog'

/** A tab of the profile after Profile, drawn by another feature (wired in app/screens). */
export interface PersonTab {
  id: string
  label: string
  Panel: ComponentType<{ personId: string }>
}

/** One person: their details under Profile, then `tabs` (skills, plan, goals, check-ins, …). */
export function PersonProfile(props: { personId: string; tabs: PersonTab[] }) {
  const { db } = useCurrentWorkspace()
  const loaded = useLiveQuery(() => loadPersonProfile(db, props.personId), [db, props.personId])
  const [tab, setTab] = useState('profile')
  const [isEditing, setIsEditing] = useState(false)
  const [isLeaving, setIsLeaving] = useState(false)

  if (loaded === undefined) {
    return (
      <div className="page" aria-busy="true">
        <p className="muted">Loading the profile…</p>
      </div>
    )
  }
  if (loaded === null) {
    return (
      <div className="page">
        <PageHeader title="Person not found" />
        <EmptyState
          icon={UserX}
          title="This person is not in the workspace"
          actions={
            <a className="button" href="#/people">
              Back to people
            </a>
          }
        >
          <p>They may have been deleted, or the link belongs to another workspace.</p>
        </EmptyState>
      </div>
    )
  }

  const { person, related } = loaded
  const Panel = props.tabs.find((item) => item.id === tab)?.Panel
  const isLeaver = person.status === 'left'
  return (
    <div className="page">
      <a className="back-link" href="#/people">
        <ArrowLeft size={16} aria-hidden /> People
      </a>
      <PageHeader
        title={person.displayName}
        description={
          [person.title, isLeaver ? 'Left the company' : null].filter(Boolean).join(' · ') ||
          undefined
        }
        actions={
          <>
            <button type="button" className="button" onClick={() => setIsEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            {isLeaver ? null : (
              <button
                type="button"
                className="button"
                onClick={() =>
                  useUiStore
                    .getState()
                    .openRequestDialog({ kind: 'self-review', personIds: [person.id] })
                }
              >
                <Send size={16} aria-hidden /> Request input…
              </button>
            )}
            <button type="button" className="button" onClick={() => setIsLeaving(true)}>
              {isLeaver ? (
                <>
                  <RotateCcw size={16} aria-hidden /> Re-hire…
                </>
              ) : (
                <>
                  <DoorOpen size={16} aria-hidden /> Mark as left…
                </>
              )}
            </button>
            <button
              type="button"
              className="button button-danger"
              onClick={() => void confirmDeletePerson(db, person)}
            >
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <Tabs
        label={`${person.displayName} sections`}
        tabs={[
          { id: 'profile', label: 'Profile' },
          ...props.tabs.map(({ id, label }) => ({ id, label })),
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'profile' ? (
          <PersonDetails person={person} related={related} />
        ) : Panel ? (
          <Panel personId={person.id} />
        ) : null}
      </Tabs>
      <PersonFormDialog isOpen={isEditing} onClose={() => setIsEditing(false)} person={person} />
      {isLeaver ? (
        <RehireDialog person={person} isOpen={isLeaving} onClose={() => setIsLeaving(false)} />
      ) : (
        <MarkLeftDialog person={person} isOpen={isLeaving} onClose={() => setIsLeaving(false)} />
      )}
    </div>
  )
}
