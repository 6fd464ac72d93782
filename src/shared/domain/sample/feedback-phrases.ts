import { customerFeedbackRows } from './feedback-rows-customer'
import { operationsFeedbackRows } from './feedback-rows-operations'
import type { FeedbackRow, TeamKey } from './types'

export type FeedbackTemplate = {
  team: TeamKey | 'any'
  kind: 'praise' | 'constructive'
  skills: string[]
  situation: string
  behaviour: string
  impact: string
  /** A customer could have written this: they saw the behaviour or its effect themselves. */
  isCustomerVisible: boolean
}

const rows: FeedbackRow[] = [...operationsFeedbackRows, ...customerFeedbackRows]

const customerVisible = [
  'Road closure',
  'Delivery at {customer}',
  'First visit to',
  'Angry call',
  'Staff tasting',
  'New account',
  'Opening week',
  'Staff training at',
  'Breakdown call-out',
  'Repeated taste complaints',
  'Install at',
  'Order for {customer}',
  'Renewal call',
]

export const feedbackTemplates: FeedbackTemplate[] = rows.map(
  ([team, kind, skills, situation, behaviour, impact]) => ({
    team,
    kind,
    skills,
    situation,
    behaviour,
    impact,
    isCustomerVisible: customerVisible.some((start) => situation.startsWith(start)),
  }),
)

export const customerRoles = ['Owner', 'Head barista', 'Manager', 'Head chef', 'Operations manager']
