import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[]; discriminator?: string }

/** `["events", 0, "properties", "product_id"]` → `events[0].properties.product_id` */
export function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((s, p) => (typeof p === "number" ? `${s}[${p}]` : s ? `${s}.${String(p)}` : String(p)), "")
}

/** One readable line per problem, each starting with the field it is about. */
export function formatIssues(issues: Issue[], max = 10): string {
  const lines: string[] = []
  for (const i of issues) {
    const at = formatPath(i.path)
    if (i.code === "unrecognized_keys" && i.keys) {
      for (const k of i.keys) lines.push(`${at ? `${at}.` : ""}${k}: unrecognized field`)
    } else if (i.code === "invalid_union" && i.discriminator) {
      lines.push(`${at}: not a known ${i.discriminator}`)
    } else {
      lines.push(`${at || "body"}: ${i.message}`)
    }
  }
  const more = lines.length > max ? `; and ${lines.length - max} more` : ""
  return `Invalid request: ${lines.slice(0, max).join("; ")}${more}`
}

function fail(issues: Issue[]) {
  return new MedusaError(MedusaError.Types.INVALID_DATA, formatIssues(issues))
}

/** Body validation whose 400 names every wrong field by its full path. Sets `req.validatedBody`. */
export function validateBody(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const r = schema.safeParse(req.body ?? {})
    if (!r.success) return next(fail(r.error.issues as Issue[]))
    ;(req as MedusaRequest & { validatedBody: unknown }).validatedBody = r.data
    next()
  }
}

/** Query validation (repeated params become arrays); sets `req.validatedQuery`. */
export function validateQuery(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const query: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(req.query ?? {})) query[k] = Array.isArray(v) && v.length === 1 ? v[0] : v
    const r = schema.safeParse(query)
    if (!r.success) return next(fail(r.error.issues as Issue[]))
    ;(req as unknown as { validatedQuery: unknown }).validatedQuery = r.data
    next()
  }
}
