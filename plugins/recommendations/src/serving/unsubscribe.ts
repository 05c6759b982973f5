import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { verifyToken } from "../lib/push/tokens"
import { setConsentWorkflow } from "../workflows/push/set-consent"
import { pushSecret } from "./push-links"

/** Withdraws consent for the channel a signed unsubscribe token names (or every channel). 400 for a bad token. */
export async function unsubscribeWithToken(container: MedusaContainer, token: string, all: boolean) {
  const t = verifyToken(pushSecret(container), token)
  if (!t || t.t !== "u") throw new MedusaError(MedusaError.Types.INVALID_DATA, "token: not a valid unsubscribe token")
  const channels = all || t.ch === "all" ? ["email", "sms", "feed"] : [t.ch]
  const values = Object.fromEntries(channels.map((c) => [c, false]))
  await setConsentWorkflow(container).run({ input: { customer_id: t.c, values, source: "unsubscribe_link", unsubscribe: true } })
  return { channels }
}
