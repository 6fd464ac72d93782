import type { SkillStory } from './stories-operations'

export const peopleStories: Record<string, SkillStory> = {
  'consultative-selling': {
    did: [
      'ran a proper discovery visit at {customer} before quoting, and they took the equipment package',
      'asked {customer} about their menu and footfall first and proposed {coffee} instead of the cheapest blend',
      'won {customer} without a discount by building the offer around their brunch trade',
    ],
    hard: [
      'Staying with questions when the owner just wants a price. I jump to the price list too early.',
      'Discovery on the phone. Face to face it works; on a call I rush it.',
    ],
    next: [
      'Do discovery visits before the next three proposals',
      'Write up one discovery visit for the team',
    ],
  },
  'account-planning': {
    did: ['reviewed my top ten accounts with volumes and margin and found two that are drifting'],
    hard: ['Finding the hour to do it when the phone keeps ringing.'],
    next: ['Finish account plans for the top five hotels'],
  },
  negotiation: {
    did: [
      'held the price with {customer} and traded a longer term for free training instead',
      'walked away from a discount request at {customer} and they signed a week later anyway',
    ],
    hard: ['Silence. When the customer goes quiet I fill it with a discount.'],
    next: ['Prepare a walk-away point before the next renewal'],
  },
  'complaint-handling': {
    did: [
      'took a furious call from {customer} about a missed delivery and closed it on the same call',
      'followed up with {customer} two days after the wrong-grind complaint without being asked',
      'turned a complaint from {customer} into a standing order change that fixed the cause',
    ],
    hard: [
      'Calls where the problem sits in another team and I cannot promise a fix.',
      'Staying calm on the third angry call of the morning. By then I sound defensive.',
    ],
    next: [
      'Call back every open complaint within 48 hours',
      'Listen to two recorded calls with Fatima',
    ],
  },
  'written-communication': {
    did: [
      'rewrote the delivery-delay email so customers stopped replying with questions',
      'wrote a handover note the late shift could use without calling me',
    ],
    hard: ['Keeping emails short when the situation is complicated.'],
    next: ['Rewrite two of our standard emails'],
  },
  'origin-storytelling': {
    did: [
      "told the story of {coffee} at {customer}'s staff tasting and they put it on the board",
      "matched {coffee} to {customer}'s dessert menu and they ordered a second bag the same week",
    ],
    hard: ['Remembering processing details for the newer lots.'],
    next: ['Learn the story of the three new lots for the winter range'],
  },
  'training-delivery': {
    did: [
      "ran {customer}'s staff session with everyone pulling shots, not just watching",
      'trained two new baristas at {customer} and checked back a week later',
    ],
    hard: ['Groups where the owner talks over me and the staff stop listening.'],
    next: ['Plan the next session with a practical check at the end'],
  },
  'customer-onboarding': {
    did: [
      'took {customer} from signed order to first delivery in four days',
      'sent {customer} the welcome pack and booked their training before the first delivery',
    ],
    hard: ['Handing new accounts between sales, training and delivery: dates get lost.'],
    next: ['Use the onboarding checklist for every new account this month'],
  },
  'cross-team-handover': {
    did: ['flagged a rush order to the roastery a day early so it made the Friday roast'],
    hard: ['Shift changes; things said on the floor never get written down.'],
    next: ['Write the end-of-shift note every day this fortnight'],
  },
  coaching: {
    did: [
      'held every 1:1 on schedule this month and let {colleague} set the agenda',
      'asked {colleague} what they would do before giving my answer, and their plan was better',
      'gave {colleague} feedback the same day instead of saving it for the review',
    ],
    hard: [
      'Not jumping in with the answer when we are busy.',
      'Finding time for 1:1s on peak weeks.',
    ],
    next: [
      'Ask three questions before giving advice in every 1:1',
      'Log feedback the day it happens',
    ],
  },
  delegation: {
    did: ['handed the weekly rota to {colleague} with the rules written down, and did not redo it'],
    hard: ['Letting go of the bits I enjoy doing myself.'],
    next: ['Hand over one recurring task completely'],
  },
  'workload-planning': {
    did: ['planned the December rota around the peak and two people on training'],
    hard: ['Holidays and sick days in the same week.'],
    next: ['Publish the rota two weeks ahead'],
  },
  'continuous-improvement': {
    did: [
      'timed the grind changeovers for a week and tried a new order of steps',
      'moved the fast movers to the front aisle and cut walking time',
    ],
    hard: ['Making a change stick after the first week.'],
    next: ['Run one small experiment and share the numbers'],
  },
  budgeting: {
    did: ['tracked the team budget monthly and explained the overtime variance'],
    hard: ['Service contracts: I still cannot tell which ones make money.'],
    next: ['Cost the three biggest service contracts'],
  },
  'difficult-conversations': {
    did: ['raised the late starts with {colleague} the same week, calmly and with dates'],
    hard: ['Starting the conversation. I put it off hoping it fixes itself.'],
    next: ['Have the conversation I have been postponing'],
  },
  haccp: {
    did: [
      'kept the CCP records complete for the whole month',
      'stopped the line when the metal detector test failed and logged it properly',
    ],
    hard: ['Remembering the records at the end of a late shift.'],
    next: ['Walk the internal audit for the packing area with Marta'],
  },
  'eudr-traceability': {
    did: [
      'checked the due-diligence reference for two green lots before they went to the roaster',
      'found a lot with missing geolocation data and held it back until the importer sent it',
      'recorded the lot reference at intake, roast and packing for a full week without gaps',
    ],
    hard: [
      'I still do not know what counts as enough evidence from a smaller importer.',
      'The lot references are in three places: the intake sheet, the roast log and the packing labels.',
    ],
    next: [
      'Check the references for every lot roasted next week',
      'Use the EUDR checklist on the next two green arrivals',
    ],
  },
  'manual-handling': {
    did: [
      'used the sack lifter for every green delivery this fortnight',
      'rearranged the pallet so the heavy cases sit at waist height',
    ],
    hard: ['Doing it properly when the lorry is waiting and everyone is rushing.'],
    next: ['Use the lifting aids every time for two weeks, even on small loads'],
  },
  'organic-certification': {
    did: [
      'kept the organic lots separate through roasting and packing and completed the paperwork',
      'cleaned down the line before the organic run and logged it',
    ],
    hard: ['Remembering the clean-down record when we switch to organic mid-shift.'],
    next: ['Run the next organic batch end to end with the checklist'],
  },
  'hiring-onboarding': {
    did: [
      'wrote a proper first-week plan for the new starter',
      'ran the interviews with the same questions for every candidate',
    ],
    hard: ['Finding the time to be with a new starter in a busy week.'],
    next: ['Write a 90-day plan for the next new starter'],
  },
  'first-aid': {
    did: ['dealt with a steam burn calmly and filled in the incident form'],
    hard: ['Keeping the first-aid kits stocked across both sites.'],
    next: ['Check the first-aid kits at both sites'],
  },
  'electrical-safety': {
    did: [
      'isolated and tested before opening the machine at {customer}, even with the owner rushing me',
    ],
    hard: ['Sites with no clear isolation point.'],
    next: ['Carry the lock-off kit on every call-out'],
  },
  'gas-safety': {
    did: ['ran the afterburner checks and the weekly gas log without a reminder'],
    hard: ['The shutdown sequence when something goes wrong mid-roast.'],
    next: ['Do the roaster fire drill with Tomás'],
  },
}
