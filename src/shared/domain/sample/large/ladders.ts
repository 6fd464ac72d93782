/** Who can step up into a role: the ladders the simulation promotes along (lowest first). */
export const ladders: { key: string; name: string; description: string; roles: string[] }[] = [
  {
    key: 'packing',
    name: 'Packing ladder',
    description: 'From the packing line to running a shift, then the production team.',
    roles: ['production-operative', 'shift-supervisor', 'team-lead'],
  },
  {
    key: 'roastery',
    name: 'Roastery ladder',
    description: 'From the packing line to the roasters, then leading the roastery.',
    roles: ['production-operative', 'roaster', 'team-lead'],
  },
  {
    key: 'warehouse',
    name: 'Warehouse ladder',
    description: 'From the warehouse floor to a shift supervisor, then running a site.',
    roles: ['warehouse-operative', 'shift-supervisor'],
  },
  {
    key: 'delivery',
    name: 'Delivery ladder',
    description: 'From the warehouse floor to a delivery route (with a C1 licence).',
    roles: ['warehouse-operative', 'delivery-driver', 'team-lead'],
  },
  {
    key: 'wholesale',
    name: 'Wholesale ladder',
    description: 'From the care desk to a portfolio of accounts, then a wholesale region.',
    roles: ['customer-care', 'account-manager', 'team-lead'],
  },
  {
    key: 'cafe',
    name: 'Café ladder',
    description: 'From the bar to running shifts, then managing a café.',
    roles: ['barista', 'cafe-supervisor', 'team-lead'],
  },
  {
    key: 'training',
    name: 'Training ladder',
    description: 'From our own cafés to training customers, then leading the training team.',
    roles: ['barista', 'barista-trainer'],
  },
  {
    key: 'online',
    name: 'Online ladder',
    description: 'From the care desk to running the web shop.',
    roles: ['customer-care', 'ecommerce-coordinator'],
  },
]

/** The roles one step below `role` on any ladder. */
export function listFeederRoles(role: string): string[] {
  const feeders = new Set<string>()
  for (const ladder of ladders) {
    const index = ladder.roles.indexOf(role)
    const below = index > 0 ? ladder.roles[index - 1] : undefined
    if (below !== undefined) feeders.add(below)
  }
  return [...feeders]
}
