/**
 * Settings an admin can change at run time (stored per key in finesse_rec_setting); these are the defaults.
 * Plugin options can override the defaults for a store (`settings` in the plugin options).
 */
export type RecommendationSettings = {
  /** Add-to-carts and orders within this many hours after a click are credited to the recommendation. */
  attribution_window_hours: number
  /** "click": only clicks earn conversions; "impression": a view-through is enough. */
  attribution_basis: "click" | "impression"
  /** Margin-aware boost strength (0 = off): score · (1 + s · (margin − 30 %)). */
  margin_boost_strength: number
  /** Items per category in a list; null = each placement's default (similar: no cap, others 3). */
  max_per_category: number | null
  push: PushSettings
}

export type PushSettings = {
  /** Local hours without messages, e.g. 21–8 (start = end: none). */
  quiet_hours: { start: number; end: number }
  /** Messages per customer across all campaigns within 24 h and 7 days (0 = no cap). */
  caps: { per_day: number; per_week: number }
  /** Offset for customers without a known country (minutes east of UTC). */
  default_utc_offset_minutes: number
  /** "opt_in": only customers who agreed receive messages (the GDPR default); "opt_out": all but those who left. */
  consent_mode: "opt_in" | "opt_out"
  /** Where product links in messages point (the storefront), e.g. https://shop.example.com */
  storefront_url: string
  /** Public URL of this Medusa server, for tracking and unsubscribe links. */
  backend_url: string
}

export const DEFAULT_SETTINGS: RecommendationSettings = {
  attribution_window_hours: 24,
  attribution_basis: "click",
  margin_boost_strength: 0.2,
  max_per_category: null,
  push: {
    quiet_hours: { start: 21, end: 8 },
    caps: { per_day: 1, per_week: 3 },
    default_utc_offset_minutes: 60,
    consent_mode: "opt_in",
    storefront_url: "http://localhost:8000",
    backend_url: "http://localhost:9000",
  },
}

/** Deep-merges stored values over defaults (unknown keys are ignored, missing ones keep the default). */
export function mergeSettings(base: RecommendationSettings, patch: Partial<Record<string, unknown>>): RecommendationSettings {
  const out: RecommendationSettings = JSON.parse(JSON.stringify(base))
  for (const [k, v] of Object.entries(patch)) {
    if (!(k in out) || v === undefined) continue
    const cur = (out as unknown as Record<string, unknown>)[k]
    if (cur && typeof cur === "object" && !Array.isArray(cur) && v && typeof v === "object") {
      ;(out as unknown as Record<string, unknown>)[k] = mergeObject(cur as Record<string, unknown>, v as Record<string, unknown>)
    } else {
      ;(out as unknown as Record<string, unknown>)[k] = v
    }
  }
  return out
}

function mergeObject(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a }
  for (const [k, v] of Object.entries(b)) {
    if (!(k in a) || v === undefined) continue
    out[k] = a[k] && typeof a[k] === "object" && !Array.isArray(a[k]) && v && typeof v === "object" ? mergeObject(a[k] as Record<string, unknown>, v as Record<string, unknown>) : v
  }
  return out
}
