/**
 * What the request completing a cart knows and the workflow hook does not: the shopper's IP, the country a CDN
 * put in a header and the storefront's anonymous id. The store-route middleware notes it per cart; the hook (in the
 * same process, moments later) takes it. Entries expire after two minutes and the map is bounded, so a cart
 * completed by other means (a script, the demo seed) simply has none.
 */
export type CheckoutRequestContext = { ip: string | null; country: string | null; deviceId: string | null; at: number }

const TTL_MS = 120_000
const MAX = 10_000
const contexts = new Map<string, CheckoutRequestContext>()

export function noteCheckoutRequest(cartId: string, ctx: CheckoutRequestContext): void {
  if (contexts.size >= MAX) {
    const cutoff = ctx.at - TTL_MS
    for (const [k, v] of contexts) if (v.at < cutoff || contexts.size >= MAX) contexts.delete(k)
  }
  contexts.set(cartId, ctx)
}

export function takeCheckoutRequest(cartId: string, now: number): CheckoutRequestContext | null {
  const c = contexts.get(cartId)
  if (!c) return null
  if (now - c.at > TTL_MS) {
    contexts.delete(cartId)
    return null
  }
  return c
}

/** Country headers set by common CDNs and hosts (Cloudflare, Vercel, CloudFront, Fastly-style). */
export const COUNTRY_HEADERS = ["cf-ipcountry", "x-vercel-ip-country", "cloudfront-viewer-country", "x-country-code"]
/** The storefront sends its anonymous id (core's tracker `anonymousId`) with the completion request. */
export const DEVICE_HEADER = "x-finesse-anonymous-id"
