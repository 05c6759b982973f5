import { z } from "@medusajs/framework/zod"
import { formatHours, plural } from "./format"
import type { RiskSignal } from "./types"

export const linkedAccountsArgsSchema = z
  .object({
    /** Hit when the group holds at least this many accounts created in the last `newAccountDays`, this one included. */
    minNewAccounts: z.number().int().min(2),
    /**
     * The same with a shared device or card in the group: a stronger link than a shared address (families and
     * flatmates share addresses; two new accounts on one phone or one card are rarely innocent).
     */
    minNewAccountsWithDeviceOrCard: z.number().int().min(2),
    /** What counts as new; the glue computes `LinkedAccountStats` with the same number. */
    newAccountDays: z.number().positive().max(366),
    /** Only score an order of an account that is itself new (an old account joining a group is not a ring). */
    requireNewAccount: z.boolean(),
    /**
     * Share of the points a group linked only through shipping addresses gets (0–1): flatmates, families, an
     * office or a parcel shop share addresses innocently, so an address link alone is weak evidence.
     */
    addressOnlyStrength: z.number().min(0).max(1),
  })
  .strict()
export type LinkedAccountsArgs = z.infer<typeof linkedAccountsArgsSchema>

/**
 * Accounts linked by shared devices, shipping addresses or cards (connected components of the account–identifier
 * graph; see `linkedAccountStats`). Several new accounts in one group is the shape of a fraud ring.
 */
export const LINKED_ACCOUNTS: RiskSignal<LinkedAccountsArgs> = {
  code: "linked_accounts",
  title: "Linked new accounts",
  description: "The account shares devices, shipping addresses or cards with other recently created accounts.",
  weight: 60,
  argsSchema: linkedAccountsArgsSchema,
  defaultArgs: { minNewAccounts: 3, minNewAccountsWithDeviceOrCard: 2, newAccountDays: 30, requireNewAccount: true, addressOnlyStrength: 0.25 },
  evaluate(args, { facts, lookups }) {
    const l = lookups.linked
    if (!facts.customerId && !l) return { hit: false, reason: "guest checkout without a link lookup" }
    if (!l) return { hit: false, reason: "no linked-account lookup" }
    const via = [
      l.shared.device ? plural(l.shared.device, "shared device") : "",
      l.shared.address ? plural(l.shared.address, "shared address", "shared addresses") : "",
      l.shared.card ? plural(l.shared.card, "shared card") : "",
    ].filter(Boolean)
    const others = l.accounts - 1
    const window = formatHours(args.newAccountDays * 24)
    if (others === 0) return { hit: false, reason: "no other account shares a device, address or card" }
    const strong = l.shared.device + l.shared.card > 0
    const min = strong ? Math.min(args.minNewAccounts, args.minNewAccountsWithDeviceOrCard) : args.minNewAccounts
    const text = `linked to ${plural(others, "other account")} through ${via.join(" and ") || "shared identifiers"}; ${l.newAccounts} of the group's ${l.accounts} accounts created in the last ${window}, limit ${min - 1}${strong ? " with a shared device or card" : ""}`
    const isNew = facts.accountCreatedAt === null || facts.placedAt - facts.accountCreatedAt <= args.newAccountDays * 86_400_000
    if (args.requireNewAccount && !isNew) return { hit: false, reason: `${text}; this account is older than ${window}` }
    const hit = l.newAccounts >= min
    return strong || !hit ? { hit, reason: text } : { hit, reason: `${text} (address links only: weak evidence)`, strength: args.addressOnlyStrength }
  },
}
