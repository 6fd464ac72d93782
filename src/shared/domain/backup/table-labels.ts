import type { TableName } from '../../model'

/** Plain names of the tables, for what a backup holds. */
export const tableLabels: Record<TableName, string> = {
  teams: 'Teams',
  people: 'People',
  skillCategories: 'Skill categories',
  skills: 'Skills',
  scaleLevels: 'Scale levels',
  roleProfiles: 'Role profiles',
  roleRequirements: 'Role requirements',
  requirementOverrides: 'Personal requirements',
  assessments: 'Skill assessments',
  aspirations: 'Aspirations',
  businessGoals: 'Business goals',
  goals: 'Goals',
  keyResults: 'Key results',
  goalUpdates: 'Goal updates',
  kpis: 'KPIs',
  kpiMeasurements: 'KPI measurements',
  initiatives: 'Training initiatives',
  campaigns: 'Campaigns',
  enrolments: 'Enrolments',
  evaluations: 'Evaluations',
  plans: 'Development plans',
  planItems: 'Plan items',
  checkinTemplates: 'Check-in templates',
  checkins: 'Check-ins',
  actionItems: 'Action items',
  feedback: 'Feedback',
  reviewCycles: 'Review cycles',
  reviews: 'Reviews',
  settings: 'Settings',
  importRuns: 'Import history',
  requests: 'Input requests',
  responses: 'Responses',
  careerEvents: 'Career events',
  leavers: 'Leavers',
  careerPaths: 'Career paths',
  certifications: 'Certifications',
  materials: 'Materials',
  agendaMarks: 'Agenda marks',
}

export function labelTable(name: string): string {
  return (tableLabels as Record<string, string>)[name] ?? name
}
