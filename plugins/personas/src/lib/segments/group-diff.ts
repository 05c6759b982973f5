/**
 * What a sync must do to make a customer group mirror a segment: who to add and who to remove. Sorted, so a
 * dry run and the sync that follows list customers in the same order.
 */
export type GroupDiff = { add: string[]; remove: string[]; unchanged: number }

export function groupDiff(desired: Iterable<string>, current: Iterable<string>): GroupDiff {
  const want = new Set(desired)
  const have = new Set(current)
  const add: string[] = []
  const remove: string[] = []
  let unchanged = 0
  for (const id of want) (have.has(id) ? unchanged++ : add.push(id))
  for (const id of have) if (!want.has(id)) remove.push(id)
  add.sort()
  remove.sort()
  return { add, remove, unchanged }
}
