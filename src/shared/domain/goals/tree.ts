import type { Goal } from '../../model'

export interface GoalTreeNode {
  goal: Goal
  depth: number
  children: GoalTreeNode[]
  /** The parent is in another period (or gone): shown as a root with a note. */
  isParentElsewhere: boolean
}

const levelOrder: Record<Goal['level'], number> = { company: 0, team: 1, person: 2 }

function compareGoals(a: Goal, b: Goal): number {
  return levelOrder[a.level] - levelOrder[b.level] || a.title.localeCompare(b.title)
}

/**
 * The goals of one set (usually a period) as a tree: company goals first, each with the goals
 * aligned to it. A goal whose parent is outside the set is a root. Cycles are broken.
 */
export function buildGoalTree(goals: readonly Goal[]): GoalTreeNode[] {
  const ids = new Set(goals.map((goal) => goal.id))
  const children = new Map<string, Goal[]>()
  const roots: Goal[] = []
  for (const goal of goals) {
    if (goal.parentId !== null && ids.has(goal.parentId) && goal.parentId !== goal.id) {
      const list = children.get(goal.parentId) ?? []
      list.push(goal)
      children.set(goal.parentId, list)
    } else roots.push(goal)
  }
  const placed = new Set<string>()
  const build = (goal: Goal, depth: number): GoalTreeNode => {
    placed.add(goal.id)
    const kids = (children.get(goal.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(compareGoals)
    return {
      goal,
      depth,
      isParentElsewhere: goal.parentId !== null && !ids.has(goal.parentId),
      children: kids.map((child) => build(child, depth + 1)),
    }
  }
  const tree = roots.sort(compareGoals).map((goal) => build(goal, 0))
  // Goals caught in a cycle were never reached from a root: show them as roots.
  for (const goal of [...goals].sort(compareGoals)) {
    if (!placed.has(goal.id)) tree.push(build(goal, 0))
  }
  return tree
}

/** The tree in display order, depth first. */
export function flattenGoalTree(nodes: readonly GoalTreeNode[]): GoalTreeNode[] {
  const list: GoalTreeNode[] = []
  const walk = (node: GoalTreeNode): void => {
    list.push(node)
    node.children.forEach(walk)
  }
  nodes.forEach(walk)
  return list
}

/** Ids of a goal and everything aligned below it (to keep a goal from being aligned under itself). */
export function listDescendantIds(goalId: string, goals: readonly Goal[]): Set<string> {
  const ids = new Set([goalId])
  let isGrowing = true
  while (isGrowing) {
    isGrowing = false
    for (const goal of goals) {
      if (goal.parentId !== null && ids.has(goal.parentId) && !ids.has(goal.id)) {
        ids.add(goal.id)
        isGrowing = true
      }
    }
  }
  return ids
}
