import type { Question, ScaleOption } from '../../model/requests'

/** Agreement questions a pulse picks from; the manager may edit the wording. */
export const pulseLibrary: readonly { id: string; prompt: string }[] = [
  { id: 'growth', prompt: 'I have opportunities to learn and grow here.' },
  { id: 'recognition', prompt: 'I receive recognition when I do good work.' },
  { id: 'workload', prompt: 'My workload is manageable.' },
  { id: 'clarity', prompt: 'I know what is expected of me at work.' },
  { id: 'tools', prompt: 'I have the tools and training I need to do my job well.' },
  { id: 'feedback', prompt: 'I get useful feedback on my work.' },
  { id: 'belonging', prompt: 'I feel part of the team.' },
  { id: 'voice', prompt: 'My opinion counts when decisions are made.' },
  { id: 'manager-support', prompt: 'My manager supports my development.' },
  { id: 'future', prompt: 'I see myself working here in a year.' },
]

/** The library's default pick for a new pulse. */
export const defaultPulseQuestionIds = ['growth', 'recognition', 'workload', 'clarity']

export const agreementOptions: ScaleOption[] = [
  { value: 1, label: 'Strongly disagree', descriptor: '' },
  { value: 2, label: 'Disagree', descriptor: '' },
  { value: 3, label: 'Neither agree nor disagree', descriptor: '' },
  { value: 4, label: 'Agree', descriptor: '' },
  { value: 5, label: 'Strongly agree', descriptor: '' },
]

export const enpsQuestionId = 'enps'
export const pulseCommentQuestionId = 'comment'
/** Agreement questions of a pulse have ids `agree:<id>`. */
export const agreementPrefix = 'agree:'

export function buildPulseQuestions(
  picked: readonly { id: string; prompt: string }[],
  commentPrompt = 'Is there anything else you would like to tell us?',
): Question[] {
  const agreements: Question[] = picked.map((item) => ({
    id: `${agreementPrefix}${item.id}`,
    type: 'scale',
    prompt: item.prompt,
    help: '',
    group: 'How do you feel about these statements?',
    isRequired: true,
    options: agreementOptions,
  }))
  const enps: Question = {
    id: enpsQuestionId,
    type: 'scale',
    prompt: 'How likely is it that you would recommend this team as a place to work to a friend?',
    help: '0 means not at all likely, 10 extremely likely.',
    group: 'Recommendation',
    isRequired: true,
    options: Array.from({ length: 11 }, (_, value) => ({
      value,
      label: String(value),
      descriptor: value === 0 ? 'Not at all likely' : value === 10 ? 'Extremely likely' : '',
    })),
  }
  const comment: Question = {
    id: pulseCommentQuestionId,
    type: 'text',
    prompt: commentPrompt,
    help: 'Optional. Avoid details that would show who wrote it.',
    group: 'In your words',
    isRequired: false,
    maxLength: 2000,
  }
  return [...agreements, enps, comment]
}
