/**
 * What each arm's customer group needs so that it holds exactly the arm's assigned customers: who to add and who to
 * remove. A customer found in the wrong arm's group is removed there and added to their own (an admin's edit of a
 * group is undone by the next sync, which the experiment page says).
 */
export function armGroupChanges(
  desired: ReadonlyMap<string, readonly string[]>,
  current: ReadonlyMap<string, readonly string[]>
): { arm: string; add: string[]; remove: string[]; unchanged: number }[] {
  const out: { arm: string; add: string[]; remove: string[]; unchanged: number }[] = []
  const arms = [...new Set([...desired.keys(), ...current.keys()])].sort()
  for (const arm of arms) {
    const want = new Set(desired.get(arm) ?? [])
    const have = new Set(current.get(arm) ?? [])
    const add = [...want].filter((id) => !have.has(id)).sort()
    const remove = [...have].filter((id) => !want.has(id)).sort()
    out.push({ arm, add, remove, unchanged: want.size - add.length })
  }
  return out
}
