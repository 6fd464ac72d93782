import './checkins.css'
import { MessageSquarePlus } from 'lucide-react'
import { useState } from 'react'
import { useRoutePath } from '../../app/router'
import { useUiStore } from '../../app/ui-store'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { CheckinEditor } from './CheckinEditor'
import { DueList } from './DueList'
import { NoteSearch } from './NoteSearch'
import { RecentCheckins } from './RecentCheckins'
import { TemplatesEditor } from './TemplatesEditor'

type CheckinsView = 'due' | 'recent' | 'search' | 'templates'

export function CheckinsScreen() {
  const path = useRoutePath()
  const checkinId = path.split('/')[2]
  const [view, setView] = useState<CheckinsView>('due')
  if (checkinId) return <CheckinEditor checkinId={decodeURIComponent(checkinId)} />
  return (
    <div className="page">
      <PageHeader
        title="Check-ins"
        description="Regular 1:1s where learning meets the daily work: who is due, what was said, and what comes next."
        actions={
          <button
            type="button"
            className="button"
            onClick={() => useUiStore.getState().show('quick-feedback')}
          >
            <MessageSquarePlus size={16} aria-hidden /> Log feedback
          </button>
        }
      />
      <Tabs
        label="Check-in views"
        selected={view}
        onSelect={setView}
        tabs={[
          { id: 'due', label: 'Due' },
          { id: 'recent', label: 'Recent' },
          { id: 'search', label: 'Search' },
          { id: 'templates', label: 'Templates' },
        ]}
      >
        {view === 'due' ? (
          <DueList />
        ) : view === 'recent' ? (
          <RecentCheckins />
        ) : view === 'search' ? (
          <NoteSearch />
        ) : (
          <TemplatesEditor />
        )}
      </Tabs>
    </div>
  )
}
