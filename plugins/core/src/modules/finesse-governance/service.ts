import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError, MedusaService, generateEntityId } from "@medusajs/framework/utils"
import type { NewAuditEntry } from "../../lib/audit/hash-chain"
import { isRole, type Role } from "../../lib/access/roles"
import { createFieldCipher, parseMasterKey, type FieldCipher } from "../../privacy/field-cipher"
import FinesseAuditEntry from "./models/audit-entry"
import FinesseUserRole from "./models/user-role"
import { appendAudit, listAudit, scanAudit, verifyAudit, type AuditFilter, type AuditRow } from "./store/audit-store"

export type FinesseGovernanceOptions = {
  privacy?: {
    /**
     * Master key for customer-identifying fields in Finesse tables: 32 bytes as hex or base64, or a passphrase
     * (env FINESSE_PII_KEY). Without one, a key is derived from the project's cookie secret (a warning says so).
     */
    key?: string
  }
  roles?: {
    /** The role of an admin user without an assigned one (default "admin", so installing Finesse locks nobody out). */
    default?: Role
  }
}

/** What a caller records: who did what to which resource, and a summary a person can read. */
export type AuditInput = {
  actor_type?: "user" | "system" | "customer" | "api-key"
  actor_id?: string | null
  plugin: string
  action: string
  resource_type?: string | null
  resource_id?: string | null
  summary: string
  changes?: Record<string, unknown> | null
  occurred_at?: Date | string
}

/**
 * The suite's governance: the append-only, hash-chained audit log every Finesse plugin (and Medusa's own admin
 * actions that move money, prices, customers or rules) writes to, and the Finesse role of each admin user.
 */
export default class FinesseGovernanceModuleService extends MedusaService({ FinesseAuditEntry, FinesseUserRole }) {
  protected readonly db_: Knex
  protected readonly defaultRole_: Role
  protected readonly cipher_: FieldCipher

  constructor(cradle: Record<string, any>, options: FinesseGovernanceOptions = {}) {
    // @ts-ignore MedusaService takes the container and the module declaration through `arguments`
    super(...arguments)
    this.db_ = cradle.__pg_connection__
    const d = options?.roles?.default ?? (process.env.FINESSE_DEFAULT_ROLE as Role | undefined)
    this.defaultRole_ = isRole(d) ? d : "admin"
    const key = options?.privacy?.key ?? process.env.FINESSE_PII_KEY
    if (!key) {
      cradle.logger?.warn?.("[finesse] no privacy key (FINESSE_PII_KEY): customer fields are encrypted with a key derived from the cookie secret")
    }
    this.cipher_ = createFieldCipher(parseMasterKey(key ?? `finesse-pii:${cradle.configModule?.projectConfig?.http?.cookieSecret ?? "supersecret"}`))
  }

  /** Encrypts, decrypts and hashes customer-identifying fields of Finesse tables with the configured key. */
  cipher(): FieldCipher {
    return this.cipher_
  }

  // ---- audit log ----

  /** Appends entries to the chain (one transaction, in order). */
  async recordAudit(input: AuditInput | AuditInput[]): Promise<AuditRow[]> {
    const list = Array.isArray(input) ? input : [input]
    const now = new Date()
    const entries: NewAuditEntry[] = list.map((e) => {
      if (!e.plugin || !e.action || !e.summary) throw new MedusaError(MedusaError.Types.INVALID_DATA, "audit entries need plugin, action and summary")
      return {
        occurred_at: new Date(e.occurred_at ?? now).toISOString(),
        actor_type: e.actor_type ?? (e.actor_id ? "user" : "system"),
        actor_id: e.actor_id ?? null,
        plugin: e.plugin,
        action: e.action,
        resource_type: e.resource_type ?? null,
        resource_id: e.resource_id ?? null,
        payload: { summary: e.summary, changes: e.changes ?? null },
      }
    })
    return appendAudit(this.db_, entries, () => generateEntityId(undefined, "faud"))
  }

  async listAuditEntries(filter: AuditFilter, page: { limit: number; offset: number }) {
    return listAudit(this.db_, filter, page.limit, page.offset)
  }

  scanAuditEntries(filter: AuditFilter) {
    return scanAudit(this.db_, filter)
  }

  /** Recomputes the whole chain; `broken` names the first entry that was changed, removed or reordered. */
  async verifyAuditChain() {
    return verifyAudit(this.db_)
  }

  // ---- roles ----

  defaultRole(): Role {
    return this.defaultRole_
  }

  /** The Finesse role of an admin user (the default when none is assigned). */
  async roleOf(userId: string | null | undefined): Promise<Role> {
    if (!userId) return this.defaultRole_
    const r = await this.db_.raw(`select role from finesse_user_role where user_id = ? and deleted_at is null limit 1`, [userId])
    const role = r.rows[0]?.role
    return isRole(role) ? role : this.defaultRole_
  }

  /** Assigns a role (or removes the assignment with `null`, back to the default); returns the previous role. */
  async assignRole(userId: string, role: Role | null, assignedBy: string | null): Promise<{ previous: Role; role: Role }> {
    const previous = await this.roleOf(userId)
    if (role === null) {
      await this.db_.raw(`delete from finesse_user_role where user_id = ?`, [userId])
    } else {
      await this.db_.raw(
        `insert into finesse_user_role (id, user_id, role, assigned_by, created_at, updated_at)
         values (?, ?, ?, ?, now(), now())
         on conflict (user_id) where deleted_at is null do update set role = excluded.role, assigned_by = excluded.assigned_by, updated_at = now()`,
        [generateEntityId(undefined, "frole"), userId, role, assignedBy]
      )
    }
    return { previous, role: role ?? this.defaultRole_ }
  }

  /** Every explicit assignment, by user id. */
  async listRoleAssignments(): Promise<Map<string, { role: Role; assigned_by: string | null; updated_at: Date }>> {
    const r = await this.db_.raw(`select user_id, role, assigned_by, updated_at from finesse_user_role where deleted_at is null`)
    return new Map(r.rows.map((x: any) => [x.user_id, { role: x.role, assigned_by: x.assigned_by, updated_at: x.updated_at }]))
  }
}
