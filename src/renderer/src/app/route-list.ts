/** Every screen: its id, hash path and title. Pure data, so tests and scripts can read it too. */
export const routeList = [
  { id: 'dashboard', path: '/', title: 'Dashboard' },
  { id: 'agenda', path: '/agenda', title: 'Agenda' },
  { id: 'people', path: '/people', title: 'People' },
  { id: 'careers', path: '/careers', title: 'Careers' },
  { id: 'matrix', path: '/matrix', title: 'Skills matrix' },
  { id: 'skills', path: '/skills', title: 'Skills & roles' },
  { id: 'training', path: '/training', title: 'Training' },
  { id: 'goals', path: '/goals', title: 'Goals' },
  { id: 'checkins', path: '/checkins', title: 'Check-ins' },
  { id: 'evaluation', path: '/evaluation', title: 'Evaluation & ROI' },
  { id: 'reviews', path: '/reviews', title: 'Reviews' },
  { id: 'requests', path: '/requests', title: 'Requests' },
  { id: 'reports', path: '/reports', title: 'Reports & export' },
  { id: 'settings', path: '/settings', title: 'Settings' },
] as const

export type RouteId = (typeof routeList)[number]['id']
