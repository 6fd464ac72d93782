import './careers.css'
import { useState } from 'react'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { CertificationsPanel } from './CertificationsPanel'
import { HighPotentialPanel } from './HighPotentialPanel'
import { PathsPanel } from './PathsPanel'
import { ReadinessPanel } from './ReadinessPanel'
import { SuccessionPanel } from './SuccessionPanel'
import { useCareerData } from './use-career-data'

type TabId = 'readiness' | 'succession' | 'potential' | 'paths' | 'certifications'

const tabs: { id: TabId; label: string }[] = [
  { id: 'readiness', label: 'Readiness' },
  { id: 'succession', label: 'Succession' },
  { id: 'potential', label: 'High potential' },
  { id: 'paths', label: 'Paths' },
  { id: 'certifications', label: 'Certifications' },
]

/** Who is ready for the next step, who could step into critical roles, the ladders, and certificates. */
export function CareersScreen() {
  const view = useCareerData()
  const [tab, setTab] = useState<TabId>('readiness')
  return (
    <div className="page" aria-busy={!view} data-ready={view ? 'true' : undefined}>
      <PageHeader
        title="Careers"
        description="Next-role readiness, succession for critical roles, high potentials, career paths and certifications."
      />
      {view ? (
        <Tabs label="Careers sections" tabs={tabs} selected={tab} onSelect={setTab}>
          {tab === 'readiness' ? <ReadinessPanel view={view} /> : null}
          {tab === 'succession' ? <SuccessionPanel view={view} /> : null}
          {tab === 'potential' ? <HighPotentialPanel view={view} /> : null}
          {tab === 'paths' ? <PathsPanel view={view} /> : null}
          {tab === 'certifications' ? <CertificationsPanel view={view} /> : null}
        </Tabs>
      ) : null}
    </div>
  )
}
