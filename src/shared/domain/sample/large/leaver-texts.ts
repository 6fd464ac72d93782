/** Why people left, in the words a manager or an exit interview would use. `{team}`, `{manager}`. */
export const reasonDetails: Record<string, string[]> = {
  'Career move elsewhere': [
    'Took a step up at a larger company; we had nothing at that level open.',
    'Offered a senior role at a competitor roaster in Dublin.',
    'Moved into a different industry for a role with a clearer path.',
    'Left for a team lead job elsewhere after asking about one here for a year.',
  ],
  'Pay and benefits': [
    'Matched offer declined: the other job paid about 15% more.',
    'Left for better pay and a pension scheme from day one.',
    'Went to a company that pays the late shift at a higher rate.',
  ],
  Relocation: [
    'Moved to Galway with their partner.',
    'Went back home to be closer to family.',
    'Emigrated to Australia for two years.',
    'Moved to the west coast; the commute was no longer possible.',
  ],
  Study: [
    'Started a full-time degree in the autumn.',
    'Went back to college for a master’s.',
    'Left to finish an apprenticeship in a different trade.',
  ],
  'Family or health': [
    'Stepped back from work to care for a parent.',
    'Health reasons; left on good terms and may come back.',
    'Childcare changes made the shifts impossible.',
  ],
  'Workload or hours': [
    'The early starts and Saturday rota were too much for too long.',
    'Wanted regular daytime hours, which {team} could not offer.',
    'Said the peak season overtime burned them out two years running.',
  ],
  'Relationship with manager': [
    'Did not get on with {manager}; raised it twice in check-ins.',
    'Felt their work was not seen by {manager} after the team changed.',
  ],
  'Role ended': [
    'The role ended when the work moved to another site.',
    'Fixed-term contract for the peak season; not renewed.',
    'Position removed when the process was automated.',
  ],
  Performance: [
    'Repeated quality problems after a written warning and a six-week plan.',
    'Did not pass probation: attendance and attention to detail.',
    'Left after a performance plan did not bring the changes agreed.',
  ],
  Retirement: [
    'Retired after many years with us; a send-off at the roastery.',
    'Retired; still comes to the Christmas cupping.',
  ],
}

export const exitWhy: Record<string, string[]> = {
  'Career move elsewhere': [
    'I was offered the next step, and I could not see when it would come up here.',
    'It was time for something new. Nothing dramatic.',
  ],
  'Pay and benefits': [
    'Mostly money, to be honest. Rent went up again.',
    'The other offer was better on pay and on the pension.',
  ],
  Relocation: ['We are moving, simple as that.', 'Family reasons: we are moving closer to home.'],
  Study: ['I got a place on the course I wanted.', 'I want to finish my degree.'],
  'Family or health': ['Things at home need me more for a while.'],
  'Workload or hours': [
    'The hours. I was tired all the time.',
    'I need a job with regular days; the rota kept changing.',
  ],
  'Relationship with manager': ['I did not feel supported by my manager.'],
  Retirement: ['After all these years, it is time.'],
}

export const exitStay = [
  'A clear path to the next role, with a date on it.',
  'Honestly, nothing; it was the right time.',
  'More regular hours, or fewer Saturdays.',
  'A pay review that kept up with the market.',
  'Knowing what I needed to learn to be considered for promotion.',
  'Part-time hours would have done it.',
]

export const exitGrowth = [
  'Yes, mostly. The training was practical and I used it.',
  'Some. The courses were good but there was no time to practise afterwards.',
  'Not really; my plan kept getting pushed back in the busy months.',
  'Yes. I learned more here in two years than in my last job in five.',
]

export const exitManager = [
  '{manager} always made time for our check-ins, even in peak season.',
  '{manager} was fair and honest with me.',
  'Our 1:1s got cancelled a lot when things were busy.',
  '{manager} backed me with difficult customers.',
  'Supportive, but stretched across too many people.',
]

export const exitRecommend = [
  'Yes: good people and a product you can be proud of.',
  'Yes, for a first job; less so if you want to move up fast.',
  'Probably. It depends on the team.',
  'Yes, without thinking twice.',
]
