/** Building blocks for check-in answers and notes. Placeholders are filled per check-in. */

export const practisedWithTraining = [
  'After {training}, I {did}.',
  'Since {training} finished, I {did}.',
  'Straight from {training}: I {did}.',
  'Used what we covered in {training}: I {did}.',
  'First real test after {training}: I {did}.',
]

export const practisedDuringTraining = [
  'Only a few sessions into {training}, but I already {did}.',
  'Halfway through {training}. This week I {did}.',
  'Still in the middle of {training}; so far I {did}.',
]

export const practisedPlain = [
  'I {did}.',
  'This time round I {did}.',
  'Mostly {skill}: I {did}.',
  'Not much new training, but I {did}.',
]

export const hardestSuffixes = [
  '',
  '',
  '',
  ' Worst on Mondays when everything lands at once.',
  ' It is a confidence thing more than knowledge.',
]

export const floorSuffixes = [' Especially on the late shift.', ' Worse when we are a person down.']

export const supportRequests = [
  'Half an hour with {expert} on {skill} next week.',
  'Feedback after you see me do it, not just the weekly numbers.',
  'Keep Friday afternoon protected for practice; it got eaten twice this month.',
  'Ask {expert} if I can shadow on the next one.',
  'Nothing new. Keep doing what you are doing.',
  'Tell me honestly whether I am ready to do it alone.',
  "Help me get the time back from {colleague}'s cover shifts.",
  'Sign-off to order the practice materials (under €50).',
  'Check in with me mid-week, not only at our 1:1.',
]

export const supportDuringTraining = [
  'A quieter rota for the next two weeks while I finish {training}.',
  'Time to practise what {training} covers, not only attend it.',
]

export const openers = {
  common: [
    'Good session with {name}.',
    '{name} came with a list, which helped.',
    'Moved from last week; both of us were covering shifts.',
    'Relaxed conversation, mostly about {skill}.',
    'Ran over time; a lot to cover.',
    '',
    '',
  ],
  floor: [
    'Walked the floor together first, then sat down.',
    'Quick one at the end of the shift.',
    'Took this one in the canteen before the shift.',
    'Short one today; the {day} rush started early.',
  ],
  road: [
    'Did this one on the phone; {name} was on the road.',
    'Caught {name} between calls.',
    'Met at the Cork office for once.',
  ],
  office: ['Check-in over coffee in the meeting room.', 'Blocked an hour; used forty minutes.'],
  lab: ['Check-in in the training lab between sessions.', 'Sat down after the lab session.'],
}

export const progressAtLevel = [
  '{skill} is solid now; next step is helping others with it.',
  'Happy with where {skill} is. We talked about passing it on to {colleague}.',
  '{skill} meets what the role needs; no push needed there.',
]

export const progressBelowLevel = [
  '{skill} is still the main gap against the role ({level} of {required}), but the direction is right.',
  'We agreed {skill} stays the focus until the next review.',
  '{skill} is improving, slower than {name} would like.',
  'Talked honestly about {skill}: practice is the missing piece, not knowledge.',
]

export const progressOutsideRole = [
  '{skill} is beyond what the role asks today; {name} wants it, so it stays on the plan.',
  'Talked about {skill} as a step beyond the current role.',
  'Early days with {skill}, which the role does not require yet.',
]

export const planLines = {
  done: ['Plan: "{item}" is done and we can see it in the work.', 'Ticked off "{item}".'],
  running: [
    'Plan: "{item}" is under way.',
    '"{item}" is going well so far.',
    'Halfway through "{item}".',
  ],
  overdue: [
    '"{item}" has slipped past its date; we moved it, not dropped it.',
    'Still have not started "{item}". Rota is the problem, not will.',
  ],
  planned: ['Next on the plan: "{item}".', 'Booked in: "{item}".'],
}

export const goalLines = {
  'on-track': ['Goal "{goal}" is on track.', 'Looked at "{goal}": on plan.'],
  'at-risk': [
    '"{goal}" is at risk; agreed what to drop to make room.',
    'Concerned about "{goal}". Revisit in two weeks.',
  ],
  'off-track': [
    '"{goal}" will not make the quarter as it stands.',
    'Honest talk about "{goal}": off track.',
  ],
}

export const managerActionsUpcoming = [
  'Book {name} on {nextTraining}',
  'Confirm the budget for {nextTraining}',
]

export const managerActions = [
  'Ask {expert} for two shadowing slots for {name}',
  "Protect {name}'s Friday learning slot on the rota",
  "Go through last month's numbers with {name} before the next 1:1",
  'Check the rota for {day} lates',
  'Follow up with {expert} about pairing on {skill}',
  'Send {name} the write-up from the leads meeting',
  'Find a course or a colleague for {skill}',
]

export const privateGeneral = [
  'Thinks the senior role is the natural next step. Not before the current plan is done.',
  'Quieter than usual; said the new rota suits them better though.',
  'Asked about the pay review. Told them March, same as everyone.',
  'Good instincts, undersells themselves in the team huddle.',
  "Check whether {name} is covering too many of {colleague}'s shifts.",
  'Mentioned a course in Dublin. Cost it before promising anything.',
  'Compare with what {colleague} said last week about the handover.',
  'Could be the person to run {skill} training for the new starters.',
  'Wants more responsibility. Try the stock count before anything bigger.',
  'Mentioned childcare changes from January; may ask for fewer lates.',
  'Keep an eye on overtime; third week above 45 hours.',
  'Very good with customers, gets impatient with paperwork.',
  'Flag to Niamh for the succession list.',
  'Still a bit guarded with me. Keep it regular.',
]

export const privateByHandle: Record<string, string[]> = {
  andrei: [
    'Seemed flat. Third late wave in a row. Look at the rota.',
    'Said the scanner makes him feel slow in front of the new starter. Pair him with Darragh, away from the team.',
    'Mood down again. Mentioned sleep and the commute from Navan.',
    'Not himself for over a month now. Mention the EAP number, gently.',
    'Asked if he could go back to days. Talk to Katarzyna about it before next time.',
  ],
  ailbhe: [
    'Complaint volume is getting to her. Take her off escalations for two weeks.',
    'Raised moving towards onboarding or training. Take it seriously.',
    'Tired and short today. Second time in a row.',
    'Said the phones "never stop". Check the call stats before deciding anything.',
    'FCR down, mood down. Same cause, I think. Talk to Sinéad about a rotation.',
  ],
  patrick: [
    'Hard to pin down between routes. Try a phone check-in.',
    'Thinking about retiring in two or three years. Plan the handover of the north-side routes.',
  ],
  ben: [
    'Always on the road; these keep slipping. Book them in his calendar for a full quarter.',
    'Wants a newer van before he wants training.',
  ],
}

export const first90 = {
  settling: [
    'Better than expected. The first week was a lot to take in.',
    'Good. People have been patient with my questions.',
    'Still learning where everything is, but the shifts feel normal now.',
    'Tiring first weeks, but I like the pace.',
    'Good week. I did a full shift without asking for help once.',
    'Fine. The paperwork is the part I have not got used to.',
  ],
  unclear: [
    'Who to ask when {lead} is not on site.',
    'How the standing orders work in the system.',
    'What "good" looks like at three months.',
    'Which decisions I can take myself and which go to {lead}.',
    'How overtime is agreed.',
    'Nothing big this week.',
  ],
  people: [
    'Worked most with {colleague}. Would like a day with {expert}.',
    'Met most of the team; not the Cork side yet.',
    '{colleague} has shown me most things. Should meet customer care.',
    'Had lunch with the roastery crew; good to see where the coffee comes from.',
    'Spent a morning with {expert}. Learned more than in the whole first week.',
  ],
  learning: [
    '{skill} first; it is in every shift.',
    'The scanner, properly, not just the basics.',
    'The forklift ticket, so I am useful on deliveries.',
    'How we check an order before it leaves.',
    'Still {skill}; I am not fast enough yet.',
  ],
}

export const privateNewcomer = [
  '{name} asks good questions, says {colleague}. Keep pairing them.',
  'Check the induction sign-offs are all done by the end of month one.',
  'Quiet in the huddle; give {name} a small part to present next time.',
  'Probation review due at six months; on track so far.',
  'Keep a close eye until the end of month three; so far so good.',
]

export const general = {
  wins: [
    'Got through the {day} peak without a single missed order.',
    '{customer} rang to say thanks for the quick turnaround.',
    'Finally cleared the backlog from last week.',
    'Good feedback from {colleague} on the handover notes.',
  ],
  blockers: [
    'The handheld batteries die before the end of the shift.',
    'Waiting on the roastery for the decaf; it keeps us late.',
    'Too many last-minute order changes after the cut-off.',
    'Nothing big. Some rota clashes.',
  ],
  topics: [
    'Holiday dates for Christmas.',
    'Would like to hear how the Stockwise numbers look.',
    'Asked about the Cork van plan.',
    'Interested in the next cupping.',
  ],
}

export const goalReview = {
  progress: ['"{goal}": {confidence}.', 'On "{goal}" we are {confidence}.'],
  risks: [
    'Peak weeks in December will squeeze everything.',
    'Depends on the training finishing on time.',
    'Nothing big right now.',
    'Rota gaps if someone is off sick.',
  ],
  adjust: [
    'Keep scope, move one milestone by two weeks.',
    'No change.',
    'Drop the nice-to-have part and focus on the main number.',
    'Ask Niamh for a decision on priorities.',
  ],
}

export const leadTopics = [
  'Team health: {team} is stretched but steady.',
  'Hiring: we need one more person before the peak.',
  'Budget: training spend is on plan.',
  'Talked about who on the team is ready for more.',
]
