import { classifyChannel, visitFromUrl, type ChannelCode, type VisitSource } from "./classify-channel"

/** The part of core's EventReadRow a touch is read from. */
export type TouchEvent = {
  type: string
  anonymous_id: string | null
  session_id: string | null
  customer_id: string | null
  /** Date or epoch ms */
  occurred_at: Date | number
  properties: Record<string, unknown> | null
}

/** One marketing touch of a person: a session start, a tagged landing or an external referral. */
export type Touch = {
  /** the customer id when known (directly or by stitching the anonymous id), else "anon:" + anonymous id */
  person: string
  at: number
  channel: ChannelCode
  source: string | null
  medium: string | null
  campaign: string | null
}

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null)

/**
 * Touches from behaviour events. A page view is a touch when its landing URL (properties.path or .url) carries
 * UTM tags or click ids (or the event has utm_* properties), or when its referrer is another site; the first
 * page view of a session without either is a direct touch. Later views inside a session are navigation, not
 * touches. Anonymous ids seen with a customer id on any event are stitched to that customer.
 */
export function touchesFromEvents(events: readonly TouchEvent[], options: { ownHosts?: string[]; touchTypes?: string[] } = {}): Touch[] {
  const types = new Set(options.touchTypes ?? ["page_viewed"])
  const ownHosts = options.ownHosts ?? []
  const stitched = new Map<string, string>()
  for (const e of events) if (e.anonymous_id && e.customer_id) stitched.set(e.anonymous_id, e.customer_id)
  const sorted = events
    .filter((e) => types.has(e.type))
    .map((e) => ({ e, at: typeof e.occurred_at === "number" ? e.occurred_at : e.occurred_at.getTime() }))
    .sort((a, b) => a.at - b.at)
  const seenSession = new Set<string>()
  const out: Touch[] = []
  for (const { e, at } of sorted) {
    const person = e.customer_id ?? (e.anonymous_id ? stitched.get(e.anonymous_id) ?? `anon:${e.anonymous_id}` : null)
    if (!person) continue
    const p = e.properties ?? {}
    const fromUrl = visitFromUrl(str(p.path) ?? str(p.url))
    const visit: VisitSource = {
      ...fromUrl,
      utm_source: str(p.utm_source) ?? fromUrl.utm_source ?? null,
      utm_medium: str(p.utm_medium) ?? fromUrl.utm_medium ?? null,
      utm_campaign: str(p.utm_campaign) ?? fromUrl.utm_campaign ?? null,
      referrer: str(p.referrer),
    }
    const channel = classifyChannel(visit, ownHosts)
    const sessionKey = e.session_id ? `${person}|${e.session_id}` : null
    const firstOfSession = sessionKey !== null && !seenSession.has(sessionKey)
    if (sessionKey) seenSession.add(sessionKey)
    if (channel === "direct" && !firstOfSession) continue
    out.push({ person, at, channel, source: visit.utm_source ?? null, medium: visit.utm_medium ?? null, campaign: visit.utm_campaign ?? null })
  }
  return out
}
