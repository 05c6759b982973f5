import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeAudit, finesseActor } from "@finesse/core/access"
import { fieldCipher } from "@finesse/core/privacy"
import { addressKey, canonicalEmail, ipRange } from "../../../../../lib"
import { invalidateRiskSettings, loadListEntries } from "../../../../../engine/risk-settings"
import { riskOf } from "../helpers"
import type { AdminListEntriesQueryType, AdminListEntryBodyType } from "../validators"

/** GET /admin/finesse/risk/lists — allow- and block-list entries (values decrypted), newest first. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const q = (req as unknown as { validatedQuery: AdminListEntriesQueryType }).validatedQuery
  const all = (await loadListEntries(req.scope)).filter((e) => (!q.list || e.list === q.list) && (!q.kind || e.kind === q.kind))
  res.json({ entries: all.slice(q.offset, q.offset + q.limit), count: all.length, limit: q.limit, offset: q.offset })
}

function normalise(b: AdminListEntryBodyType): string {
  const bad = (why: string) => new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: value: ${why}`)
  const v = (b.value ?? "").trim()
  switch (b.kind) {
    case "email": {
      const c = canonicalEmail(v)
      if (!c) throw bad("not an email address")
      return c.canonical
    }
    case "domain": {
      const d = v.toLowerCase().replace(/^@/, "").replace(/\.$/, "")
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) throw bad("not a domain name")
      return d
    }
    case "ip":
      if (!ipRange(v)) throw bad("not an IP address or CIDR block")
      return v
    case "address": {
      const key = b.address
        ? addressKey({ address1: b.address.address_1, address2: b.address.address_2, city: b.address.city, postalCode: b.address.postal_code, province: b.address.province, countryCode: b.address.country_code })
        : v
      if (!key) throw bad("the address has no street line")
      return key
    }
    default:
      return v
  }
}

/** POST /admin/finesse/risk/lists — adds an entry (the value encrypted; the same one twice is 409); live for the next order. */
export async function POST(req: AuthenticatedMedusaRequest<AdminListEntryBodyType>, res: MedusaResponse) {
  const b = req.validatedBody
  const value = normalise(b)
  const cipher = fieldCipher(req.scope)
  const value_hash = cipher.hash(`${b.kind}:${value}`)
  const risk = riskOf(req)
  const [dup] = await risk.listFinesseRiskListEntries({ list: b.list, kind: b.kind, value_hash })
  if (dup) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `this ${b.kind} is already on the ${b.list} list`)
  const actor = finesseActor(req)
  const [entry] = await risk.createFinesseRiskListEntries([
    { list: b.list, kind: b.kind, value: cipher.encrypt(value), value_hash, note: b.note ?? null, created_by: actor.actor_id, expires_at: b.expires_at ?? null },
  ])
  invalidateRiskSettings()
  describeAudit(req, {
    action: "risk.list.entry_added",
    summary: `Added a ${b.kind} to the ${b.list} list`,
    resource_type: "finesse_risk_list_entry",
    resource_id: entry.id,
    changes: { list: b.list, kind: b.kind, expires_at: b.expires_at ?? null },
  })
  res.status(201).json({ entry: { id: entry.id, list: b.list, kind: b.kind, value, note: entry.note, created_by: entry.created_by, expires_at: entry.expires_at } })
}
