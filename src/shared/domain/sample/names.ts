import type { PersonSpec, SiteKey, TeamKey } from './types'
import { customerRoster } from './roster-customer'
import { operationsRoster } from './roster-operations'

export const companyName = 'Kestrel Coffee Roasters'
export const emailDomain = 'kestrelcoffee.example'

export const sites: Record<SiteKey, string> = {
  cork: 'Cork Roastery',
  dublin: 'Dublin Hub',
}

export type TeamSpec = { key: TeamKey; id: string; name: string; description: string }

export const teamSpecs: TeamSpec[] = [
  {
    key: 'roastery',
    id: 'team-roastery',
    name: 'Roastery & Production',
    description:
      'Green coffee intake, roasting, quality control and packing at the Cork roastery. Two roasters (15 kg and 60 kg), one packing line.',
  },
  {
    key: 'logistics',
    id: 'team-logistics',
    name: 'Warehouse & Logistics',
    description:
      'The Dublin distribution hub, dispatch from Cork and our own fleet of four delivery vans. Went live on the Stockwise WMS this autumn.',
  },
  {
    key: 'sales',
    id: 'team-sales',
    name: 'Wholesale & Customer Care',
    description:
      'Account managers for cafés, restaurants and hotels, and the customer care desk that takes orders and complaints.',
  },
  {
    key: 'support',
    id: 'team-cafe-support',
    name: 'Café Support',
    description:
      'Barista trainers and field technicians who set up, train and service our wholesale customers on site.',
  },
]

/** The roster in display order; `person-01` is the first entry. */
export const roster: PersonSpec[] = [...operationsRoster, ...customerRoster]
