import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AuditFilterQueryType } from "./validators"

/** A date-only `to` means "through that day". */
export function auditFilter(q: AuditFilterQueryType) {
  const to = q.to && /^\d{4}-\d{2}-\d{2}$/.test(q.to) ? new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000).toISOString() : q.to
  return { ...q, to }
}

/** E-mail of each admin user among the actors (entries keep ids only; people are looked up when shown). */
export async function actorEmails(scope: MedusaContainer, ids: (string | null)[]): Promise<Map<string, string>> {
  const users = [...new Set(ids.filter((i): i is string => !!i && i.startsWith("user_")))]
  if (!users.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "user", fields: ["id", "email"], filters: { id: users } })
  return new Map(data.map((u: { id: string; email: string }) => [u.id, u.email]))
}
