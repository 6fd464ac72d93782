/** Free-form development activities per skill; `{expert}` is the strongest colleague in it. */
export const activityTitles: Record<string, string[]> = {
  'roast-profiling': [
    'Shadow {expert} at the Thursday profile review',
    'Stretch: profile the next new lot from arrival sample to production',
  ],
  cupping: [
    'Cup blind with the panel every Thursday and track the score spread',
    'Lead one cupping for the sales team',
  ],
  'blend-development': ['Build a costed trial for the winter espresso with {expert}'],
  'green-grading': ['Grade the next five arrival samples alongside {expert}'],
  'espresso-dialling': [
    'Dial in on three unfamiliar grinders with {expert} watching',
    'Write recipe cards for two new accounts',
  ],
  'milk-texturing': ['Fifteen minutes of milk practice at the start of each lab day'],
  'filter-brewing': ['Set up batch brew recipes at two customer sites'],
  'water-chemistry': [
    'Test water at five customer sites and write up the results',
    "Read the water chapter of the trainers' handbook and teach it back",
  ],
  'machine-servicing': [
    'Shadow {expert} on two electrical fault call-outs',
    'Take the weekend call-out phone for one month with {expert} as backup',
  ],
  'grinder-servicing': ['Two burr alignments with {expert} watching'],
  'wms-scanning': [
    'Two coached shifts on Stockwise receiving with {expert}',
    'Run the late-wave short picks for a week',
  ],
  'pick-pack': ['Self-check every mixed order for two weeks and log the catches'],
  'stock-control': ['Own the weekly cycle count for aisles 1-3'],
  forklift: ['Reach-truck practice in the yard with {expert}'],
  'route-planning': [
    'Plan Thursday routes in the tool before the office does, then compare',
    'Shadow {expert} on a peak-day route plan',
  ],
  crm: [
    'Block 15 minutes at the end of each day to update the CRM',
    'Weekly pipeline review with {expert}',
  ],
  'consultative-selling': [
    'Joint visits with {expert} at two prospect cafés',
    'Record and review one discovery call',
  ],
  negotiation: ['Prepare walk-away points for the next three renewals with {expert}'],
  'account-planning': ['Write account plans for the top five accounts'],
  'complaint-handling': [
    'Listen to two recorded complaint calls with {expert}',
    'Take the escalation line for a week with backup',
  ],
  'written-communication': ['Rewrite two standard customer emails and get them reviewed'],
  'origin-storytelling': ['Learn and present the story of one new lot at the team huddle'],
  'training-delivery': [
    'Co-deliver two customer sessions with {expert}',
    'Plan a session with a practical check at the end',
  ],
  'customer-onboarding': ['Use the onboarding checklist on every new account this quarter'],
  coaching: [
    'Hold every 1:1 on cadence for a quarter',
    'Monthly coaching swap with another team lead',
  ],
  delegation: ['Hand over one recurring task completely'],
  'workload-planning': ['Draft the weekly rota with {expert} for a month'],
  budgeting: ['Cost the three biggest service contracts with Niamh'],
  'continuous-improvement': ['Time changeovers for a week and test one new sequence'],
  haccp: ['Walk the internal audit for the packing area with {expert}'],
  'eudr-traceability': [
    'Check lot references for one week of roasting with {expert}',
    'Summarise the importer guidance notes for the team',
  ],
  'first-aid': ["Book the first-aid course and check both sites' kits"],
  spreadsheets: ['Build the monthly report and walk it through at the check-in'],
}

/** Role-specific activities, looked up as `role:skill` before the per-skill list. */
export const roleActivityTitles: Record<string, string[]> = {
  'delivery-driver:wms-scanning': ['Scan proof of delivery at every drop for two weeks'],
  'delivery-driver:first-aid': ['Check and restock the first-aid kits in all four vans'],
  'account-manager:crm': [
    'Log each visit in the CRM before leaving the car park',
    'Weekly pipeline review with {expert}',
  ],
}

export const genericActivities = [
  'Stretch assignment: take the lead on {skill} for one real job',
  'Shadow {expert} for half a day ({skill})',
  'Teach back what you learned about {skill} at the team huddle',
]
