import { createHash } from "node:crypto"

/**
 * The unique key of one message: campaign, customer and occasion (see triggers.ts). The deliveries table has a
 * unique index on it and the notification is sent with an idempotency key derived from it, so a retried or doubled
 * job finds the row and never sends the message twice.
 */
export function deliveryKey(campaignId: string, customerId: string, occasion: string): string {
  return `${campaignId}|${customerId}|${occasion}`
}

/** The notification module's idempotency key for a delivery (bounded length, stable). */
export function notificationIdempotencyKey(key: string): string {
  return `finesse-push-${createHash("sha256").update(key).digest("hex").slice(0, 40)}`
}
