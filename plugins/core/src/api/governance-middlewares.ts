import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { assertFinesseRole, auditAnnotationOf, finesseActor, recordAudit, requireFinesseRole } from "../access"
import { defaultNeededRole } from "../lib/access/roles"
import { normaliseRoute, redactForAudit } from "../lib/audit/redact"
import { AdminListAuditQuery, AuditFilterQuery } from "./admin/finesse/audit/validators"
import { AdminAssignRoleBody } from "./admin/finesse/roles/validators"
import { AdminEraseCustomerBody } from "./admin/finesse/customers/validators"
import { validateBody, validateQuery } from "./utils/validation"

/**
 * Admin routes whose writes change money, prices, customers or rules: every Finesse route, and Medusa's own routes
 * for payments and refunds, orders and returns, prices and price lists, promotions and campaigns, customers and
 * groups, products, users and keys.
 */
const AUDITED_PREFIXES = [
  "/admin/finesse",
  "/admin/payments",
  "/admin/payment-collections",
  "/admin/orders",
  "/admin/order-edits",
  "/admin/draft-orders",
  "/admin/returns",
  "/admin/exchanges",
  "/admin/claims",
  "/admin/price-lists",
  "/admin/price-preferences",
  "/admin/promotions",
  "/admin/campaigns",
  "/admin/customers",
  "/admin/customer-groups",
  "/admin/products",
  "/admin/inventory-items",
  "/admin/users",
  "/admin/invites",
  "/admin/api-keys",
  "/admin/stores",
  "/admin/regions",
  "/admin/tax-rates",
  "/admin/shipping-options",
]
const CORE_RESOURCES = new Set(["jobs", "job-kinds", "costs", "kpis", "products", "audit", "roles", "customers"])
/** Route areas served by a plugin under another name. */
const AREA_OWNER: Record<string, string> = { campaigns: "recommendations" }
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"])

/** Which plugin an admin route belongs to: `/admin/finesse/pricing/…` → pricing, Medusa's own routes → medusa. */
function ownerOf(route: string): string {
  const m = /^\/admin\/finesse\/([^/]+)/.exec(route)
  if (!m) return "medusa"
  return CORE_RESOURCES.has(m[1]) ? "core" : AREA_OWNER[m[1]] ?? m[1]
}

const singular = (s: string) => s.replace(/-/g, " ").replace(/ies$/, "y").replace(/(ch|sh|ss|x)es$/, "$1").replace(/([^s])s$/, "$1")

/**
 * A readable line for a write that did not describe itself: `POST /admin/customer-groups` → "created customer group",
 * `POST /admin/orders/:id/cancel` → "cancel order", `DELETE /admin/price-lists/:id` → "deleted price list".
 */
export function describeRoute(method: string, route: string): string {
  const parts = route.replace(/^\/admin\/(finesse\/)?/, "").split("/").filter(Boolean)
  const last = parts[parts.length - 1]
  if (last === ":id") {
    const resource = singular(parts[parts.length - 2] ?? "resource")
    return `${method === "DELETE" ? "deleted" : "updated"} ${resource}`
  }
  const idAt = parts.lastIndexOf(":id")
  if (idAt >= 0) return `${method === "DELETE" ? `removed ${singular(last)} of` : last.replace(/-/g, " ")} ${singular(parts[idAt - 1] ?? "")}`.trim()
  return method === "POST" ? `created ${singular(last)}` : `${method.toLowerCase()} ${last}`
}

/** The id of what a create answered (`{ customer_group: { id } }`), for routes without an id in the path. */
function createdId(answer: unknown): string | null {
  if (!answer || typeof answer !== "object") return null
  const values = Object.values(answer as Record<string, unknown>)
  const one = values.length === 1 ? values[0] : null
  return one && typeof one === "object" && typeof (one as { id?: unknown }).id === "string" ? (one as { id: string }).id : null
}

/**
 * Records each successful admin write in the audit log before its answer leaves, so the entry is there when the
 * caller reads the log. The route's own description (`describeAudit`) is used when it gave one.
 */
function auditWrites(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const path = req.originalUrl.split("?")[0]
  if (!WRITES.has(req.method) || !AUDITED_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`))) return next()
  let recorded = false
  const record = async (answer?: unknown) => {
    if (recorded) return
    recorded = true
    if (res.statusCode >= 400) return
    const note = auditAnnotationOf(req)
    if (note?.record === false) return
    const { route, ids } = normaliseRoute(path)
    const actor = finesseActor(req)
    const segments = route.split("/").filter((s) => s && s !== ":id")
    try {
      await recordAudit(req.scope, {
        ...actor,
        plugin: ownerOf(route),
        action: note?.action ?? `${req.method} ${route}`,
        resource_type: note?.resource_type ?? segments[segments.length - 1] ?? null,
        resource_id: note?.resource_id ?? ids[ids.length - 1] ?? createdId(answer),
        summary: note?.summary ?? describeRoute(req.method, route),
        changes: note?.changes ?? { status: res.statusCode, body: redactForAudit(req.body ?? null) as Record<string, unknown> },
      })
    } catch (e) {
      req.scope.resolve("logger").error(`[finesse-audit] could not record ${req.method} ${path}: ${(e as Error).message}`)
    }
  }
  const json = res.json.bind(res)
  res.json = ((body: unknown) => {
    void record(body).finally(() => json(body))
    return res
  }) as typeof res.json
  res.on("finish", () => void record())
  next()
}

/** Every Finesse admin route: reads need the analyst role, writes operator (routes may ask for more). */
async function enforceFinesseRoles(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    await assertFinesseRole(req, defaultNeededRole(req.method))
    next()
  } catch (e) {
    next(e)
  }
}

export const governanceMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/*", middlewares: [auditWrites] },
  { matcher: "/admin/finesse/*", middlewares: [enforceFinesseRoles] },
  { matcher: "/admin/finesse/audit", methods: ["GET"], middlewares: [validateQuery(AdminListAuditQuery)] },
  { matcher: "/admin/finesse/audit/export", methods: ["GET"], middlewares: [validateQuery(AuditFilterQuery)] },
  { matcher: "/admin/finesse/roles", methods: ["POST"], middlewares: [requireFinesseRole("admin"), validateBody(AdminAssignRoleBody)] },
  { matcher: "/admin/finesse/customers/:id/data", methods: ["GET"], middlewares: [requireFinesseRole("admin")] },
  { matcher: "/admin/finesse/customers/:id/erase", methods: ["POST"], middlewares: [requireFinesseRole("admin"), validateBody(AdminEraseCustomerBody)] },
]
