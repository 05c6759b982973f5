/**
 * Time-based holdout: train on what happened before T, test on [T, end). A random split would leak the future
 * (next month's Christmas sales) into training and overstate every model.
 */
export function timeSplit<T extends { time: number }>(events: readonly T[], cut: number, end = Infinity): { train: T[]; test: T[] } {
  const train: T[] = []
  const test: T[] = []
  for (const e of events) {
    if (e.time < cut) train.push(e)
    else if (e.time < end) test.push(e)
  }
  return { train, test }
}

/** "all": every item bought in the test window is relevant; "new": items the user bought in train are excluded from
 *  both the truth and the ranking (discovery of new products). */
export type HoldoutProtocol = "all" | "new"

export type HoldoutCase = { userId: string; truth: Set<string>; exclude: Set<string> }

/**
 * Evaluation cases of protocol R: every user with a train purchase and a test purchase; with "new", users whose test
 * purchases were all bought before are dropped (nothing new to find).
 */
export function holdoutCases(
  train: ReadonlyArray<{ userId: string; itemId: string }>,
  test: ReadonlyArray<{ userId: string; itemId: string }>,
  protocol: HoldoutProtocol
): HoldoutCase[] {
  const bought = new Map<string, Set<string>>()
  for (const p of train) {
    let s = bought.get(p.userId)
    if (!s) bought.set(p.userId, (s = new Set()))
    s.add(p.itemId)
  }
  const truth = new Map<string, Set<string>>()
  for (const p of test) {
    const before = bought.get(p.userId)
    if (!before) continue
    if (protocol === "new" && before.has(p.itemId)) continue
    let s = truth.get(p.userId)
    if (!s) truth.set(p.userId, (s = new Set()))
    s.add(p.itemId)
  }
  return [...truth.keys()].sort().map((userId) => ({
    userId,
    truth: truth.get(userId)!,
    exclude: protocol === "new" ? bought.get(userId)! : new Set<string>(),
  }))
}
