import { useLiveQuery } from 'dexie-react-hooks'
import { Lock } from 'lucide-react'
import { useDeferredValue, useMemo, useState } from 'react'
import {
  buildSearchIndex,
  searchNotes,
  toCheckinDocument,
  toFeedbackDocument,
  type SearchDocument,
} from '../../../../shared/domain/checkins/search'
import { useCurrentWorkspace } from '../../app/workspace-store'
import { formatDate } from '../../ui/format'
import { SelectField, TextField } from '../../ui/form'
import { checkinLink, personLink } from './checkin-data'

/** Search across check-in notes and feedback; the index is built once per change of the data. */
export function NoteSearch(props: { personId?: string }) {
  const { db } = useCurrentWorkspace()
  const [query, setQuery] = useState('')
  const [kind, setKind] = useState<'all' | SearchDocument['kind']>('all')
  const deferred = useDeferredValue(query)
  const source = useLiveQuery(async () => {
    const [checkins, feedback, templates, people] = await Promise.all([
      db.checkins.toArray(),
      db.feedback.toArray(),
      db.checkinTemplates.toArray(),
      db.people.toArray(),
    ])
    return { checkins, feedback, templates, people: new Map(people.map((p) => [p.id, p])) }
  }, [db])
  const index = useMemo(() => {
    if (!source) return null
    const templates = new Map(source.templates.map((t) => [t.id, t]))
    return buildSearchIndex([
      ...source.checkins.map((c) => toCheckinDocument(c, templates)),
      ...source.feedback.map(toFeedbackDocument),
    ])
  }, [source])
  const result = useMemo(
    () =>
      index && deferred.trim()
        ? searchNotes(index, deferred, {
            limit: 100,
            personId: props.personId,
            kinds: kind === 'all' ? undefined : [kind],
          })
        : null,
    [index, deferred, kind, props.personId],
  )

  return (
    <section aria-label="Search notes and feedback">
      <div className="toolbar">
        <TextField
          id="note-search"
          className="search-field"
          label="Search check-in notes and feedback"
          type="search"
          value={query}
          placeholder="Words from notes, answers or feedback…"
          onChange={setQuery}
        />
        <SelectField
          id="note-search-kind"
          label="In"
          value={kind}
          options={[
            { value: 'all', label: 'Check-ins and feedback' },
            { value: 'checkin', label: 'Check-ins' },
            { value: 'feedback', label: 'Feedback' },
          ]}
          onChange={(value) => setKind(value as typeof kind)}
        />
      </div>
      <p className="muted" role="status">
        {!index
          ? 'Preparing the search…'
          : result === null
            ? `Type to search ${index.documents.length.toLocaleString()} check-ins and feedback entries.`
            : result.total === 0
              ? `Nothing matches “${deferred.trim()}”.`
              : `${result.total} match${result.total === 1 ? '' : 'es'}${result.total > result.hits.length ? `, showing the newest ${result.hits.length}` : ''}`}
      </p>
      {result && result.hits.length > 0 && source ? (
        <ul className="search-results">
          {result.hits.map(({ document, field, snippet }) => {
            const person = source.people.get(document.personId)
            const href =
              document.kind === 'checkin'
                ? checkinLink(document.id)
                : person
                  ? personLink(person)
                  : '#/checkins'
            return (
              <li key={`${document.kind}:${document.id}`}>
                <div className="feed-meta">
                  <a href={href}>
                    <strong>{person?.displayName ?? 'Someone no longer here'}</strong>
                    {' · '}
                    {document.kind === 'checkin' ? 'Check-in' : 'Feedback'}
                  </a>
                  <time dateTime={document.date} className="muted">
                    {formatDate(document.date)}
                  </time>
                  <span className={field.name === 'private' ? 'badge private-tag' : 'badge'}>
                    {field.name === 'private' ? <Lock size={12} aria-hidden /> : null}
                    {field.label}
                  </span>
                </div>
                <p className="search-snippet">
                  {snippet.before}
                  <mark>{snippet.match}</mark>
                  {snippet.after}
                </p>
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
