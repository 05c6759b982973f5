/**
 * Hysteresis on a numeric score, so borderline customers do not flap in and out of a segment (and of the
 * customer group synced from it) on every recompute. A non-member joins only when the score rises above
 * `enter`; a member leaves only when it drops below `exit` (exit ≤ enter). Between the two, nothing changes.
 */
export type HysteresisBand = { enter: number; exit: number }

export function validateHysteresis(band: unknown, path = "hysteresis"): { path: string; message: string }[] {
  if (typeof band !== "object" || band === null) return [{ path, message: "expected { enter, exit }" }]
  const { enter, exit } = band as Record<string, unknown>
  const errors: { path: string; message: string }[] = []
  if (typeof enter !== "number" || !Number.isFinite(enter)) errors.push({ path: `${path}.enter`, message: "expected a number" })
  if (typeof exit !== "number" || !Number.isFinite(exit)) errors.push({ path: `${path}.exit`, message: "expected a number" })
  if (!errors.length && (exit as number) > (enter as number)) errors.push({ path: `${path}.exit`, message: "must not exceed enter" })
  return errors
}

/**
 * Membership after this evaluation, from the previous membership and the current score. A missing score
 * (null) keeps a member in and a non-member out: no data is not evidence of change.
 */
export function applyHysteresis(wasMember: boolean, score: number | null, band: HysteresisBand): boolean {
  if (score === null || Number.isNaN(score)) return wasMember
  return wasMember ? !(score < band.exit) : score > band.enter
}
