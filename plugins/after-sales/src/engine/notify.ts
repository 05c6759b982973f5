import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export type NotificationInput = {
  to: string
  channel: string
  template: string
  data: Record<string, unknown>
  trigger_type: string
  resource_id: string
  resource_type: string
  receiver_id?: string | null
  /** Medusa's notification module sends a key once: a retried job or a second worker cannot send twice. */
  idempotency_key: string
}

/**
 * Sends one notification through Medusa's notification module (whatever provider serves the channel). Returns the
 * notification id, or the existing one when this key was already sent; throws when no provider serves the channel.
 */
export async function sendNotification(container: MedusaContainer, n: NotificationInput): Promise<string | null> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const sent = await notifications.createNotifications({ ...n, receiver_id: n.receiver_id ?? undefined })
  const id = (Array.isArray(sent) ? sent[0] : sent)?.id ?? null
  if (id) return id
  const [existing] = await notifications.listNotifications({ idempotency_key: n.idempotency_key } as any)
  return existing?.id ?? null
}

/** The customer's e-mail and first name (the address notifications go to), or null for a case without a customer. */
export async function customerContact(container: MedusaContainer, customerId: string | null): Promise<{ email: string; first_name: string | null; last_name: string | null } | null> {
  if (!customerId) return null
  const [c] = await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "email", "first_name", "last_name"] })
  return c?.email ? { email: c.email, first_name: c.first_name ?? null, last_name: c.last_name ?? null } : null
}
