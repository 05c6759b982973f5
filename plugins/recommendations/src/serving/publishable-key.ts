import path from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ApiKeyType, ContainerRegistrationKeys, MedusaError, PUBLISHABLE_KEY_HEADER } from "@medusajs/framework/utils"

/**
 * Medusa checks the publishable key of every /store request with a query.graph on api_key and its sales-channel
 * links (framework/http/middlewares/ensure-publishable-api-key). Measured on the demo store (2 shared cores) that
 * lookup costs more CPU than the whole recommendation answer, and it caps the endpoint far below the 300 req/s it
 * must sustain. For GET /store/finesse/recommendations only, this keeps the same check with the key's row cached
 * for KEY_TTL_MS: the same errors, the same `publishable_key_context`, revocation honoured at request time from
 * `revoked_at`, and the cache dropped by the api-key and sales-channel subscribers (so a revoked or relinked key
 * takes effect within a few seconds in other processes, at once in this one). Every other route keeps Medusa's
 * own middleware. FINESSE_RECS_FAST_KEY=false turns it off.
 *
 * It works by wrapping the framework's exported middleware before the API loader registers it (this file is
 * imported while the loader scans middleware files, before it applies the publishable-key middleware).
 */
const KEY_TTL_MS = Number(process.env.FINESSE_RECS_KEY_TTL_MS ?? 5_000)
const FAST_PATHS = ["/store/finesse/recommendations"]

type CachedKey = { token: string; revoked_at: string | null; channels: string[] } | null
const cache = new Map<string, { key: CachedKey; at: number }>()
const inflight = new Map<string, Promise<CachedKey>>()

export function forgetPublishableKeys() {
  cache.clear()
}

async function lookup(req: MedusaRequest, token: string): Promise<CachedKey> {
  const hit = cache.get(token)
  if (hit && Date.now() - hit.at < KEY_TTL_MS) return hit.key
  let p = inflight.get(token)
  if (!p) {
    p = (async () => {
      const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "api_key",
        fields: ["id", "token", "revoked_at", "sales_channels_link.sales_channel_id"],
        filters: { token, type: ApiKeyType.PUBLISHABLE },
      })
      const row = data[0] as any
      const key: CachedKey = row
        ? { token: row.token, revoked_at: row.revoked_at ?? null, channels: (row.sales_channels_link ?? []).map((l: any) => l.sales_channel_id) }
        : null
      if (cache.size > 1000) cache.clear()
      cache.set(token, { key, at: Date.now() })
      return key
    })().finally(() => inflight.delete(token))
    inflight.set(token, p)
  }
  return p
}

export async function cachedPublishableKeyMiddleware(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const token = req.get(PUBLISHABLE_KEY_HEADER)
  if (!token) {
    return next(
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Publishable API key required in the request header: ${PUBLISHABLE_KEY_HEADER}. You can manage your keys in settings in the dashboard.`
      )
    )
  }
  let key: CachedKey
  try {
    key = await lookup(req, token)
  } catch (e) {
    return next(e)
  }
  if (!key || (key.revoked_at && new Date(key.revoked_at) <= new Date())) {
    return next(new MedusaError(MedusaError.Types.NOT_ALLOWED, "A valid publishable key is required to proceed with the request"))
  }
  ;(req as any).publishable_key_context = { key: key.token, sales_channel_ids: key.channels }
  next()
}

let installed = false

/** Wraps Medusa's publishable-key middleware so the recommendation endpoint uses the cached check. Idempotent. */
export function installFastPublishableKey(): boolean {
  if (installed || process.env.FINESSE_RECS_FAST_KEY === "false") return installed
  try {
    const file = path.join(path.dirname(require.resolve("@medusajs/framework/http")), "middlewares", "ensure-publishable-api-key.js")
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as { ensurePublishableApiKeyMiddleware: (req: any, res: any, next: any) => unknown }
    const original = mod.ensurePublishableApiKeyMiddleware
    if (typeof original !== "function" || (original as any).__finesse) return (installed = true)
    const wrapped = function ensurePublishableApiKeyMiddleware(req: any, res: any, next: any) {
      const p: string = req.originalUrl?.split("?")[0] ?? ""
      if (req.method === "GET" && FAST_PATHS.includes(p)) return cachedPublishableKeyMiddleware(req, res, next)
      return original(req, res, next)
    }
    ;(wrapped as any).__finesse = true
    mod.ensurePublishableApiKeyMiddleware = wrapped
    installed = true
  } catch {
    installed = false
  }
  return installed
}
