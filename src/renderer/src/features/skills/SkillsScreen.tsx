import './skills.css'
import { useState } from 'react'
import { PageHeader } from '../../ui/PageHeader'
import { Tabs } from '../../ui/Tabs'
import { RoleProfiles } from './RoleProfiles'
import { ScaleEditor } from './ScaleEditor'
import { SkillCatalogue } from './SkillCatalogue'

type SkillsView = 'catalogue' | 'scale' | 'roles'

export function SkillsScreen() {
  const [view, setView] = useState<SkillsView>('catalogue')
  return (
    <div className="page">
      <PageHeader
        title="Skills & roles"
        description="The skill catalogue, the level scale and what each role requires."
      />
      <Tabs
        label="Skills and roles views"
        selected={view}
        onSelect={setView}
        tabs={[
          { id: 'catalogue', label: 'Skills catalogue' },
          { id: 'scale', label: 'Level scale' },
          { id: 'roles', label: 'Role profiles' },
        ]}
      >
        {view === 'catalogue' ? (
          <SkillCatalogue />
        ) : view === 'scale' ? (
          <ScaleEditor />
        ) : (
          <RoleProfiles />
        )}
      </Tabs>
    </div>
  )
}
