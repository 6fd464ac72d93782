import { defaultEvaluationAssumptions, type EvaluationAssumptions } from '../../model'

type SampleAssumptions = Pick<
  EvaluationAssumptions,
  'valuePerUnit' | 'attributionShare' | 'benefitMonths' | 'note'
>

/**
 * What Kestrel's finance lead put on one unit of KPI improvement a month, how much of it the
 * training may claim, and for how long: the ROI assumptions, each with the sum behind it (the
 * note's figures multiply out to the value per unit, and its share is the one credited). The
 * barista course has no value yet: finance would not put a price on customer satisfaction, so
 * the screen shows a training that cannot be weighed yet. The drills have no value of their own:
 * the go-live programme values the order error rate through the bootcamp.
 */
const sampleAssumptions: Record<string, SampleAssumptions> = {
  'wms-bootcamp': {
    valuePerUnit: 1800,
    attributionShare: 0.6,
    benefitMonths: 12,
    note: 'About 4,000 orders a month: one point fewer errors is 40 fewer re-shipments and credits at about €45 each. 60% is credited to the training; the rest to Stockwise itself.',
  },
  'consultative-selling': {
    valuePerUnit: 800,
    attributionShare: 0.5,
    benefitMonths: 12,
    note: 'One point of repeat orders is about four more wholesale accounts reordering each month, at €200 of margin each. Half is credited to the workshop; the rest to the new price list.',
  },
  'complaint-roleplay': {
    valuePerUnit: 25,
    attributionShare: 0.5,
    benefitMonths: 12,
    note: 'Per advisor: one point of first-contact resolution saves about five follow-up contacts a month at €5 each. Half is credited to the role-plays; the new ticket macros did the rest.',
  },
  'machine-simulator': {
    valuePerUnit: 320,
    attributionShare: 0.6,
    benefitMonths: 12,
    note: 'About 200 call-outs a month: one point of first-time fix saves two second visits at €160 each (van, technician time, parts run). 60% is credited to the simulator day.',
  },
  'roast-mentoring': {
    valuePerUnit: 150,
    attributionShare: 0.5,
    benefitMonths: 12,
    note: 'About 250 batches a month: one point of consistency is 2.5 fewer off-target batches sold as blend, €60 less each. Half is credited to the mentoring. Liam, the first mentee, left for another roastery soon after it, and consistency fell with an experienced roaster off the rota.',
  },
  'route-free': {
    valuePerUnit: 216,
    attributionShare: 0.4,
    benefitMonths: 12,
    note: 'About 1,800 deliveries a month: one point more on time is 18 fewer late drops at about €12 each in credits and calls. 40% is credited to the course; the routing tool’s update did the rest.',
  },
}

/** The ROI assumptions of a sample training: its own, or the defaults with no value yet. */
export function findSampleAssumptions(key: string): EvaluationAssumptions {
  return {
    ...defaultEvaluationAssumptions,
    ...sampleAssumptions[key],
  }
}
