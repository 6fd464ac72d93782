import type { Question } from '../../model'
import type { Rng } from './random'

/** Short answers in an employee's voice, by question. */
const phrases: Record<string, readonly string[]> = {
  goal: [
    'Mostly on track. The new supplier took longer to onboard than planned, so I caught up in the last month.',
    'Done ahead of time; the checklist we agreed made the difference.',
    'Halfway there. I need a clearer picture of the numbers each week to finish it.',
  ],
  achievements: [
    'Taking over the Dublin café accounts and keeping every one of them through the price change.',
    'Cutting the reply time on customer emails by a day, and writing the templates the team now uses.',
    'Training two new colleagues on the order system without slowing the team down.',
  ],
  develop: [
    'Negotiation with larger wholesale customers; I would like to sit in on a few of the renewals.',
    'Reading the sales reports myself instead of asking for them.',
    'Leading a small project from start to finish.',
  ],
  'section:practised': [
    'I used the cupping notes from the course to explain the new blend to two customers.',
    'I tried the shorter handover checklist on Tuesday and Friday shifts.',
  ],
  'section:hardest': [
    'Finding the time on busy days; it slips when we are short-staffed.',
    'Confidence with the numbers when a customer pushes back.',
  ],
  'section:support': [
    'Half an hour with you to go through the quarterly figures.',
    'An introduction to someone in logistics who has done this before.',
  ],
  'section:next-goal': [
    'Run the Thursday tasting on my own.',
    'Finish the allergen refresher and share the key points with the team.',
  ],
  agenda: [
    'The rota for the Christmas weeks',
    'Next step after the barista course',
    'Feedback on the new order form',
  ],
  support: [
    'A mentor in the roastery and a day a month to learn on the job.',
    'The Q-grader course next year, if the budget allows.',
  ],
  situation: [
    'During the pre-Christmas order rush, when the courier failed to show up.',
    'At the tasting for the new hotel customer last month.',
    'When the ordering system went down on a Monday morning.',
  ],
  behaviour: [
    'She called every affected customer herself before they noticed, and offered a new delivery slot.',
    'She explained each coffee in plain words and asked the customer what their guests like.',
    'She took orders by phone on a shared sheet and kept everyone updated every hour.',
  ],
  impact: [
    'No complaints came in, and two customers thanked us for the warning.',
    'The hotel signed for a year, and asked for her by name.',
    'We lost no orders that day.',
  ],
  comment: [
    'The practical part was the most useful; more of it next time.',
    'Good pace. A short follow-up session after a month would help.',
    'More time to practise together would help the team.',
    'Clearer priorities when we are short-staffed.',
    'Thanks for asking us.',
    'The new schedule works much better.',
  ],
}

export function phraseFor(question: Question, rng: Rng): string {
  const key = question.id.startsWith('goal:') ? 'goal' : question.id
  const options = phrases[key]
  return options ? rng.pick(options) : ''
}
