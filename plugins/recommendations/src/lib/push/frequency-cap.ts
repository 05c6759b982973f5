const DAY_MS = 86_400_000

/** Frequency caps per customer across every campaign, and a per-campaign cooldown. 0 turns a cap off. */
export type FrequencyCaps = { perDay: number; perWeek: number }

export type CapDecision = { ok: true } | { ok: false; reason: "daily_cap" | "weekly_cap" | "campaign_cooldown" }

/**
 * Whether one more message may go to a customer at `at`, given the send times of their earlier messages (sent or
 * scheduled) and of this campaign's earlier messages to them. A window counts messages within 24 h (7 days) of `at`
 * on either side, so a scheduled message later today counts as well as one sent this morning.
 */
export function checkCaps(
  at: number,
  sentTimes: readonly number[],
  campaignSentTimes: readonly number[],
  caps: FrequencyCaps,
  cooldownDays: number
): CapDecision {
  const within = (ms: number) => sentTimes.filter((t) => Math.abs(t - at) < ms).length
  if (caps.perDay > 0 && within(DAY_MS) >= caps.perDay) return { ok: false, reason: "daily_cap" }
  if (caps.perWeek > 0 && within(7 * DAY_MS) >= caps.perWeek) return { ok: false, reason: "weekly_cap" }
  if (cooldownDays > 0 && campaignSentTimes.some((t) => Math.abs(at - t) < cooldownDays * DAY_MS)) return { ok: false, reason: "campaign_cooldown" }
  return { ok: true }
}
