import type { Transaction } from 'dexie'
import { defaultEvaluationAssumptions, type EvaluationAssumptions } from '../../../shared/model'

export type StoreSpec = Record<string, string | null>

export interface SchemaVersion {
  version: number
  stores: StoreSpec
  upgrade?: (transaction: Transaction) => Promise<void>
}

/**
 * The workspace database schema as history. A version block is never edited once released:
 * a change appends a new version with its upgrade, and a test opens a database built at the
 * old version with today's code.
 */
export const workspaceSchemaHistory: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      teams: 'id, name',
      people: 'id, displayName, teamId, managerId, roleId, status, employeeId, email',
      skillCategories: 'id, order',
      skills: 'id, categoryId, name',
      scaleLevels: 'level',
      roleProfiles: 'id, name',
      roleRequirements: 'id, roleId, skillId, &[roleId+skillId]',
      requirementOverrides: 'id, personId, &[personId+skillId]',
      assessments: 'id, personId, skillId, date, [personId+skillId], source',
      aspirations: 'id, personId, skillId, &[personId+skillId]',
      businessGoals: 'id',
      goals: 'id, parentId, period, level, ownerPersonId, teamId, status',
      keyResults: 'id, goalId, kpiId',
      goalUpdates: 'id, goalId, keyResultId, date',
      kpis: 'id, name',
      kpiMeasurements: 'id, kpiId, [kpiId+date], subjectId, date',
      initiatives: 'id, format, kpiId',
      campaigns: 'id, startDate',
      enrolments: 'id, personId, initiativeId, campaignId, status',
      evaluations: 'id, enrolmentId, kind',
      plans: 'id, personId, period, status',
      planItems: 'id, planId, personId, enrolmentId, status, dueDate',
      checkinTemplates: 'id, kind',
      checkins: 'id, personId, date, [personId+date], templateId',
      actionItems: 'id, checkinId, personId, isDone, dueDate',
      feedback: 'id, personId, date, kind',
      reviewCycles: 'id, periodEnd',
      reviews: 'id, cycleId, personId, state',
      settings: 'key',
    },
  },
  {
    // Roster imports keep what they changed, so an import can be undone.
    version: 2,
    stores: { importRuns: 'id, committedAt' },
  },
  {
    // Every index costs time on each write: a 10,000-person import spent most of its time
    // maintaining indexes nothing queried (name, email, employee ID and role are matched in memory).
    version: 3,
    stores: { people: 'id, teamId, managerId, status' },
  },
  {
    // Values derived from a table (the latest assessments, packed, for the matrix's first
    // screen). Dropped with every write to their source; see db/derived-cache.ts.
    version: 4,
    stores: { caches: 'key' },
  },
  {
    // People are few in the teams Trellis is for, and are read whole: filtering them in memory
    // costs less than keeping indexes up to date on every write (each index added about 100 ms
    // to a 10,000-person import).
    version: 5,
    stores: { people: 'id' },
  },
  {
    // ROI assumptions gained the share of the KPI change credited to the training and the months
    // the benefit is counted for: trainings stored before get the defaults (100%, 12 months), so
    // every stored record has them, as its type says.
    version: 6,
    stores: {},
    upgrade: async (transaction) => {
      await transaction
        .table('initiatives')
        .toCollection()
        .modify((initiative: { evaluationAssumptions?: Partial<EvaluationAssumptions> }) => {
          initiative.evaluationAssumptions = {
            ...defaultEvaluationAssumptions,
            ...initiative.evaluationAssumptions,
          }
        })
    },
  },
  {
    // Requests for the employee's own input and the responses imported from their files.
    version: 7,
    stores: { requests: 'id, status', responses: 'id, requestId, personId' },
  },
  {
    // Careers and leavers: dated role changes, leaver records, career paths, certifications,
    // materials attached to training, and what the manager did with agenda items. Roles gain an
    // optional "critical" flag, requirements an optional certification, plan items a mentor.
    version: 8,
    stores: {
      careerEvents: 'id, personId, date',
      leavers: 'id, personId, date',
      careerPaths: 'id',
      certifications: 'id, personId, expiresOn',
      materials: 'id, ownerId',
      agendaMarks: 'id',
    },
  },
]

export const latestWorkspaceSchemaVersion =
  workspaceSchemaHistory[workspaceSchemaHistory.length - 1]?.version ?? 1
