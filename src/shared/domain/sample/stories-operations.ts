/**
 * What practising a skill sounds like at Kestrel. `did` are past-tense phrases that read after
 * "I" or after a first name; `hard` are first-person sentences; `next` are small goals.
 */
export type SkillStory = { did: string[]; hard: string[]; next: string[] }

export const operationsStories: Record<string, SkillStory> = {
  'roast-profiling': {
    did: [
      'profiled {coffee} from scratch and hit the target colour on the third batch',
      'took the Monday decaf roast alone and kept every batch inside tolerance',
      'adjusted the charge temperature when the humid week slowed first crack, without calling Tomás',
    ],
    hard: [
      'Reading the rate of rise fast enough when the big roaster is full. I still react late.',
      'Trusting my own call on development time when the curve looks fine but the cup tastes flat.',
    ],
    next: [
      'Build the profile for the next new lot and present it at the Thursday cupping',
      'Roast the 60 kg batches on Wednesday without sign-off',
    ],
  },
  cupping: {
    did: [
      "scored the week's production within a point of Aoife on all but one cup",
      'caught a baked batch of {coffee} at the cupping table before it was packed',
      'wrote the tasting notes for {coffee} that sales now use',
    ],
    hard: [
      'Telling "underdeveloped" from "just a bright coffee". My scores jump around on washed Ethiopians.',
      'Putting words to what I taste fast enough when everyone else has already said it.',
    ],
    next: [
      'Cup blind with the panel for four weeks and compare spreads',
      'Write the notes for one new lot myself',
    ],
  },
  'green-grading': {
    did: [
      'graded the arrival sample of {coffee} and flagged the moisture before we paid',
      'ran the defect count on two pre-shipment samples on my own',
    ],
    hard: [
      'Deciding when a defect count is bad enough to reject, with a supplier waiting for an answer.',
    ],
    next: ['Grade the next three arrival samples and compare with Aoife'],
  },
  'blend-development': {
    did: [
      'rebalanced the Night Shift blend when the Brazil component changed crop',
      'built two trial blends for the winter espresso and ran them past the panel',
    ],
    hard: ['Hitting the cost target without losing the body customers expect.'],
    next: ['Present a costed winter blend proposal'],
  },
  'espresso-dialling': {
    did: [
      "dialled in {coffee} on {customer}'s old grinder in ten minutes and wrote the recipe on the hopper",
      'set up the new grinder at {customer} and left the staff with a recipe card they actually use',
      'fixed a sour-shot complaint at {customer} by changing the yield, not the grind',
    ],
    hard: [
      'Unfamiliar grinders. I lose time finding the adjustment range before I can taste anything.',
      'Explaining to a café owner why I am changing their recipe without sounding like I am criticising them.',
    ],
    next: [
      'Dial in on three grinder models I have not used before',
      'Write recipe cards for the two new hotel accounts',
    ],
  },
  'milk-texturing': {
    did: [
      'steamed oat milk for a whole training session without it splitting once',
      'got the rosetta consistent enough to demo it at {customer}',
    ],
    hard: ['Plant milks behave differently every brand; I keep getting caught out.'],
    next: ['Practise the tulip with oat and soy for two weeks'],
  },
  'filter-brewing': {
    did: [
      "rewrote {customer}'s batch brew recipe and they stopped throwing half of it away",
      'set up the batch brewer at {customer} with a recipe for {coffee}',
    ],
    hard: ['Batch brewers hold coffee too long in busy cafés and the recipe gets blamed.'],
    next: ['Build a batch brew guide for our three most common brewers'],
  },
  'water-chemistry': {
    did: [
      "tested {customer}'s water and showed the owner why their espresso tasted chalky",
      'matched a filter cartridge to the water report for {customer} instead of fitting the default',
    ],
    hard: ['Customers want a quick answer and a water report takes a week to come back.'],
    next: ['Write a one-page water guide for the trainers'],
  },
  'packing-line': {
    did: [
      'ran the grind changeover on the packing line in under fifteen minutes',
      'set up the new 250 g bags on the line and caught a weight drift before it reached a pallet',
    ],
    hard: [
      'Changeovers when the late shift starts mid-run and nobody has written down where we are.',
    ],
    next: [
      'Run a full changeover alone on a Tuesday',
      'Write the changeover steps on one card at the line',
    ],
  },
  'machine-servicing': {
    did: [
      'found the faulty pressure switch at {customer} on the first visit',
      'did the full preventive service on three machines in one day without a return call',
      "traced {customer}'s intermittent boiler fault to a loose sensor lead",
    ],
    hard: [
      'Intermittent faults. When the machine behaves while I am there I have nothing to go on.',
    ],
    next: [
      'Fix the next two electrical faults without phoning Mateusz',
      'Log every fault code in the service sheet',
    ],
  },
  'grinder-servicing': {
    did: ['changed and aligned the burrs at {customer} and cut their retention in half'],
    hard: ['Alignment takes me twice as long as it should.'],
    next: ['Do two burr alignments with Ben watching'],
  },
  'wms-scanning': {
    did: [
      'picked a whole late wave by scanner without going back to paper',
      'sorted a short pick in Stockwise myself instead of waiting for Darragh',
      'received a full container on the handheld, including the damaged cases',
    ],
    hard: [
      'Substitutions. When we are short I still do not know what Stockwise wants me to scan.',
      'Speed. I am slower on the scanner than I was with paper, and the late wave does not wait.',
      'The handheld drops the connection at the back of aisle 6 and I lose the pick.',
    ],
    next: [
      'Do five short picks in Stockwise without help',
      "Finish Darragh's drills for receiving and returns",
    ],
  },
  'pick-pack': {
    did: [
      'went two weeks without a pick error on the mixed-grind orders',
      "spotted a wrong-grind bag in {customer}'s order at the packing check",
    ],
    hard: ['Mixed orders with samples and equipment. That is where my errors are.'],
    next: ['Check every mixed order against the screen before sealing'],
  },
  'stock-control': {
    did: [
      'ran the cycle count for the coffee aisle and found the variance in the returns bay',
      'rotated the Night Shift stock by roast date so nothing older than ten days went out',
    ],
    hard: ['Variances from orders amended after picking.'],
    next: ['Own the weekly cycle count for two aisles'],
  },
  forklift: {
    did: [
      'unloaded the green coffee container by forklift on the late shift',
      'did the pre-use check every day this month',
    ],
    hard: ['Working at height in the narrow aisles. I take it slow, maybe too slow.'],
    next: ['Do the reach-truck practice with Katarzyna'],
  },
  'load-securing': {
    did: ['loaded the van in drop order for a twenty-drop route and did not have to dig once'],
    hard: ['Mixed pallets of equipment and coffee. They never stack the same way.'],
    next: ['Load the Friday van alone and check it with Joseph'],
  },
  'route-planning': {
    did: [
      'replanned the Douglas route when the bridge was closed and still made every window',
      'moved two drops to the afternoon run and saved forty minutes of driving',
    ],
    hard: [
      'Cafés that change their delivery window by phone with the driver and nobody tells the office.',
    ],
    next: ["Plan Thursday's routes in the tool before Katarzyna does, then compare"],
  },
  'erp-orders': {
    did: [
      'set up the standing orders for {customer} correctly first time',
      'raised a credit note in the ERP without asking how',
    ],
    hard: ['Amending an order that is already picked. The ERP and Stockwise disagree.'],
    next: ['Process the Monday standing orders alone'],
  },
  crm: {
    did: [
      'logged every customer conversation in the CRM the same day for two weeks',
      'put a next step and a date on everything open in my name',
      'found the full history of {customer} in the CRM before calling them back',
    ],
    hard: [
      'Logging while the next call is already waiting. By the evening I have forgotten half of it.',
      'The CRM and the ERP both hold customer notes, so I never know which one is current.',
    ],
    next: [
      'Everything open in my name has a next step and a date by Friday',
      'Log each conversation before starting the next one',
    ],
  },
  'roast-logging': {
    did: [
      'logged every batch with weights and end colour for a full week',
      'compared two curves in the roast log to find why the decaf tasted flat',
    ],
    hard: ['Filling in the log while the next batch is already charging.'],
    next: ['Review my own curves every Friday for a month'],
  },
  'roaster-maintenance': {
    did: [
      'did the weekly chaff and afterburner clean and logged it without a reminder',
      'spotted a worn drum seal during the clean and reported it',
    ],
    hard: ['Finding the hour for the deep clean on a full roast day.'],
    next: ['Do the quarterly clean with Dawit'],
  },
  'driving-hours': {
    did: [
      'planned the Kerry run around the break rules before leaving',
      'kept the tachograph clean all month',
    ],
    hard: ['Traffic on the M50 eats the buffer and then the breaks do not fit.'],
    next: ['Plan breaks into the long routes before leaving the yard'],
  },
  spreadsheets: {
    did: [
      "built a pivot of last month's call-outs by machine type",
      'made a weekly packing plan sheet the whole shift uses',
    ],
    hard: ['Lookups across two sheets. I get it working and then it breaks the next week.'],
    next: ['Build the monthly report myself and walk it through with my manager'],
  },
}
