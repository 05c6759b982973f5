import { createHash } from "node:crypto"

/** JSON with sorted keys, so equal payloads hash equally whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null"
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`
  const obj = value as Record<string, unknown>
  return `{${Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(obj[k])}`)
    .join(",")}}`
}

export function payloadHash(payload: unknown): string {
  return createHash("sha1").update(stableStringify(payload)).digest("hex").slice(0, 16)
}

/** Job ids double as BullMQ ids, which may not contain ":"; keep them readable and safe. */
export const JOB_ID_RE = /^[A-Za-z0-9._-]{1,200}$/
