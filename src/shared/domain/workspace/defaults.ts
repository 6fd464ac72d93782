import type { CheckinTemplate, ScaleLevel, SettingRecord, WorkspaceData } from '../../model'
import { WorkspaceSettings, createEmptyWorkspaceData } from '../../model'
import { createStarterInitiatives } from '../training/starter-catalogue'

export const defaultScale: ScaleLevel[] = [
  { level: 0, label: 'None', descriptor: 'No knowledge or experience yet.' },
  {
    level: 1,
    label: 'Aware',
    descriptor: 'Knows the basics and the vocabulary; needs guidance to do the work.',
  },
  {
    level: 2,
    label: 'Working',
    descriptor: 'Does routine work alone; asks for help with unusual cases.',
  },
  {
    level: 3,
    label: 'Practitioner',
    descriptor: 'Handles complex cases alone and helps others improve.',
  },
  {
    level: 4,
    label: 'Expert',
    descriptor: 'Recognised go-to person; sets standards and teaches the skill.',
  },
]

export const builtInTemplates: CheckinTemplate[] = [
  {
    id: 'tpl-development',
    name: 'Development check-in',
    kind: 'development',
    isBuiltIn: true,
    sections: [
      {
        id: 'practised',
        prompt: 'Which new skills from recent training did you put into practice?',
        help: 'Name the situation and what you did differently.',
      },
      {
        id: 'hardest',
        prompt: 'Where was applying them hardest?',
        help: 'Time, tools, confidence, a missing piece of knowledge?',
      },
      {
        id: 'support',
        prompt: 'What support do you need from me?',
        help: 'Be concrete: time, an introduction, feedback, a budget.',
      },
      {
        id: 'next-goal',
        prompt: 'One development goal before our next check-in',
        help: 'Small enough to finish; we start with it next time.',
      },
    ],
  },
  {
    id: 'tpl-general',
    name: 'General 1:1',
    kind: 'general',
    isBuiltIn: true,
    sections: [
      { id: 'wins', prompt: 'What went well since we last spoke?', help: '' },
      { id: 'blockers', prompt: 'What is getting in your way?', help: '' },
      { id: 'topics', prompt: 'What is on your mind?', help: '' },
    ],
  },
  {
    id: 'tpl-goal-review',
    name: 'Goal review',
    kind: 'goal-review',
    isBuiltIn: true,
    sections: [
      { id: 'progress', prompt: 'Where does each goal stand?', help: '' },
      { id: 'risks', prompt: 'Which goal is at risk, and why?', help: '' },
      { id: 'adjust', prompt: 'What do we change: scope, date or support?', help: '' },
    ],
  },
  {
    id: 'tpl-first-90-days',
    name: 'First 90 days',
    kind: 'first-90-days',
    isBuiltIn: true,
    sections: [
      { id: 'settling', prompt: 'How are you settling in?', help: '' },
      { id: 'unclear', prompt: 'What is still unclear about the role or the team?', help: '' },
      { id: 'people', prompt: 'Who have you met, and who should you meet next?', help: '' },
      { id: 'learning', prompt: 'What do you want to learn first?', help: '' },
    ],
  },
]

export const defaultSettings: WorkspaceSettings = WorkspaceSettings.parse({})

export function toSettingRecords(settings: WorkspaceSettings): SettingRecord[] {
  return Object.entries(settings).map(([key, value]) => ({ key, value }))
}

/** What a brand-new, empty workspace starts with. */
export function createStarterWorkspaceData(): WorkspaceData {
  const data = createEmptyWorkspaceData()
  data.scaleLevels = defaultScale.map((level) => ({ ...level }))
  data.checkinTemplates = builtInTemplates.map((template) => ({
    ...template,
    sections: template.sections.map((section) => ({ ...section })),
  }))
  data.settings = toSettingRecords(defaultSettings)
  data.initiatives = createStarterInitiatives()
  return data
}
