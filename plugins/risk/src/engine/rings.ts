import type { MedusaContainer } from "@medusajs/framework/types"
import { findAccountRings, LINK_KINDS, type AccountLinkEdge } from "../lib"
import { riskServices } from "./risk-services"
import { riskSettings } from "./risk-settings"
import { LINK_WINDOW_DAYS, MAX_ACCOUNTS_PER_KEY } from "./score-order"

const DAY = 86_400_000

export type RingView = {
  accounts: number
  new_accounts: number
  customer_ids: string[]
  order_ids: string[]
  held_order_ids: string[]
  shared: { device: number; address: number; card: number }
  first_order_at: string
  last_order_at: string
}

/**
 * Groups of linked accounts (shared devices, addresses, cards) with several new accounts, over the counter rows of the
 * link window: the ring report, and the retroactive check of orders scored before the ring's later orders linked it.
 */
export async function findRings(container: MedusaContainer, opts: { now?: number; minNewAccounts?: number } = {}): Promise<RingView[]> {
  const now = opts.now ?? Date.now()
  const { db } = riskServices(container)
  const settings = await riskSettings(container, now)
  const r = await db.raw(
    `select u.account::text account, u.account_created_at, u.device::text device, u.address::text address, u.card::text card, u.at,
            a.customer_id, a.order_id, a.review_status
       from finesse_risk_use u left join finesse_risk_assessment a on a.ref = u.ref and a.deleted_at is null
      where u.at >= ? and u.at <= ? and u.account <> 0 and (u.device is not null or u.address is not null or u.card is not null)`,
    [new Date(now - LINK_WINDOW_DAYS * DAY), new Date(now)]
  )
  const edges: AccountLinkEdge[] = []
  const byAccount = new Map<string, Array<{ customer_id: string | null; order_id: string | null; review_status: string | null; at: number }>>()
  for (const x of r.rows as any[]) {
    const at = new Date(x.at).getTime()
    const created = x.account_created_at ? new Date(x.account_created_at).getTime() : null
    for (const kind of LINK_KINDS) if (x[kind] !== null) edges.push({ accountId: x.account, accountCreatedAt: created, kind, key: x[kind], at })
    const list = byAccount.get(x.account) ?? []
    list.push({ customer_id: x.customer_id, order_id: x.order_id, review_status: x.review_status, at })
    byAccount.set(x.account, list)
  }
  const { rings } = findAccountRings(edges, {
    now,
    newAccountDays: settings.newAccountDays,
    linkWindowDays: LINK_WINDOW_DAYS,
    maxAccountsPerKey: MAX_ACCOUNTS_PER_KEY,
    minAccounts: 2,
    minNewAccounts: opts.minNewAccounts ?? 2,
  })
  return rings
    .filter((ring) => ring.shared.some((s) => s.kind !== "address") || ring.newAccounts >= 3)
    .map((ring) => {
      const uses = ring.accounts.flatMap((a) => byAccount.get(a) ?? [])
      const times = uses.map((u) => u.at)
      const shared = { device: 0, address: 0, card: 0 }
      for (const s of ring.shared) shared[s.kind]++
      return {
        accounts: ring.accounts.length,
        new_accounts: ring.newAccounts,
        customer_ids: [...new Set(uses.map((u) => u.customer_id).filter((x): x is string => !!x))].sort(),
        order_ids: [...new Set(uses.map((u) => u.order_id).filter((x): x is string => !!x))],
        held_order_ids: [...new Set(uses.filter((u) => u.review_status === "pending" && u.order_id).map((u) => u.order_id!))],
        shared,
        first_order_at: new Date(Math.min(...times)).toISOString(),
        last_order_at: new Date(Math.max(...times)).toISOString(),
      }
    })
}
