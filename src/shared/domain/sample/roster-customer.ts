import { describePerson, dublin } from './people-spec'
import type { PersonSpec } from './types'

/** Wholesale & customer care, and café support. */
export const customerRoster: PersonSpec[] = [
  // Wholesale & Customer Care
  describePerson('sinead', ['Sinéad', 'Ryan'], 'Head of Wholesale', 'sales', 'team-lead', 2130, {
    arrangement: 'hybrid',
    isLead: true,
    cadence: 'monthly',
  }),
  describePerson(
    'arjun',
    ['Arjun', 'Mehta'],
    'Senior Account Manager',
    'sales',
    'account-manager',
    1730,
    {
      arrangement: 'hybrid',
    },
  ),
  describePerson('lucia', ['Lucía', 'Romero'], 'Account Manager', 'sales', 'account-manager', 930, {
    ...dublin,
    arrangement: 'hybrid',
  }),
  describePerson(
    'conor',
    ['Conor', 'Fitzgerald'],
    'Account Manager',
    'sales',
    'account-manager',
    580,
    {
      arrangement: 'hybrid',
    },
  ),
  describePerson('mei', ['Mei', 'Chen'], 'Account Manager', 'sales', 'account-manager', 270, {
    ...dublin,
    arrangement: 'hybrid',
  }),
  describePerson(
    'fatima',
    ['Fatima', 'Benali'],
    'Customer Care Advisor',
    'sales',
    'customer-care',
    1260,
    {
      arrangement: 'hybrid',
    },
  ),
  describePerson(
    'ailbhe',
    ['Ailbhe', 'Duffy'],
    'Customer Care Advisor',
    'sales',
    'customer-care',
    660,
    {
      mood: 'declining',
    },
  ),
  describePerson(
    'tolu',
    ['Tolulope', 'Adeyemi'],
    'Customer Care Advisor',
    'sales',
    'customer-care',
    390,
    {
      arrangement: 'remote',
      contract: 'Part-time',
    },
  ),
  describePerson(
    'emma',
    ['Emma', 'Quinn'],
    'Customer Care Advisor',
    'sales',
    'customer-care',
    1410,
    {
      leftDaysAgo: 96,
    },
  ),
  // Café Support, Dublin
  describePerson('oisin', ['Oisín', 'Healy'], 'Café Support Lead', 'support', 'team-lead', 2010, {
    ...dublin,
    isLead: true,
    cadence: 'monthly',
  }),
  describePerson(
    'hana',
    ['Hana', 'Tesfaye'],
    'Senior Barista Trainer',
    'support',
    'barista-trainer',
    1460,
    {
      ...dublin,
      mood: 'high',
    },
  ),
  describePerson(
    'kenji',
    ['Kenji', 'Watanabe'],
    'Barista Trainer',
    'support',
    'barista-trainer',
    830,
    dublin,
  ),
  describePerson(
    'roisin',
    ['Róisín', 'McCarthy'],
    'Barista Trainer',
    'support',
    'barista-trainer',
    340,
  ),
  describePerson(
    'lena',
    ['Lena', 'Fischer'],
    'Barista Trainer',
    'support',
    'barista-trainer',
    1060,
    {
      contract: 'Part-time',
      cadence: 'monthly',
    },
  ),
  describePerson(
    'mateusz',
    ['Mateusz', 'Zieliński'],
    'Field Service Technician',
    'support',
    'service-technician',
    1560,
    dublin,
  ),
  describePerson(
    'nikhil',
    ['Nikhil', 'Rao'],
    'Field Service Technician',
    'support',
    'service-technician',
    510,
    dublin,
  ),
  describePerson(
    'ben',
    ['Ben', "O'Connor"],
    'Field Service Technician',
    'support',
    'service-technician',
    1220,
    {
      cadence: 'monthly',
      isBehindOnCheckins: true,
    },
  ),
]
