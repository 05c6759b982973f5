/**
 * `@finesse/core/privacy`: data protection across the suite.
 *
 * - `fieldCipher(container)` encrypts customer-identifying fields a plugin stores (names, addresses, free text a
 *   customer wrote) and hashes identifiers it only matches (e-mails, IPs, devices), with the key configured in core.
 * - Each plugin that keeps customer data exports a handler from `src/privacy/customer-data.ts`
 *   (`defineCustomerDataHandler`): what it keeps, how to export it and how to erase it. Core's admin routes
 *   `GET /admin/finesse/customers/:id/data` and `POST /admin/finesse/customers/:id/erase` run every installed
 *   plugin's handler, so one request exports or erases a customer's Finesse data everywhere.
 * - Retention: each plugin deletes what it no longer needs on a schedule of its own (core: raw events after
 *   `events.retentionDays`); the audit log keeps ids only and is kept.
 */
import fs from "node:fs"
import path from "node:path"
import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, getResolvedPlugins } from "@medusajs/framework/utils"
import type FinesseGovernanceModuleService from "../modules/finesse-governance/service"
import type { FieldCipher } from "./field-cipher"

export type { FieldCipher }

export type CustomerDataHandler = {
  plugin: string
  /** What this plugin keeps about a customer, in a sentence (shown with the export). */
  describe: string
  /** Everything the plugin keeps about the customer, by table or kind, decrypted. */
  exportCustomer(container: MedusaContainer, customerId: string): Promise<Record<string, unknown[]>>
  /** Deletes or anonymises it; returns how many rows per table or kind. */
  eraseCustomer(container: MedusaContainer, customerId: string): Promise<Record<string, number>>
}

export function defineCustomerDataHandler(handler: CustomerDataHandler): CustomerDataHandler {
  return handler
}

export function fieldCipher(container: MedusaContainer): FieldCipher {
  return container.resolve<FinesseGovernanceModuleService>("finesse_governance").cipher()
}

/** The file a plugin's handler lives in, relative to its compiled `src`. */
export const CUSTOMER_DATA_FILE = path.join("privacy", "customer-data.js")

let discovered: Promise<CustomerDataHandler[]> | undefined

/** Every installed plugin's customer-data handler (core's own included), in medusa-config order. */
export function customerDataHandlers(container: MedusaContainer): Promise<CustomerDataHandler[]> {
  discovered ??= (async () => {
    const configModule = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE) as ConfigModule
    const plugins = await getResolvedPlugins(process.cwd(), configModule, true)
    const out: CustomerDataHandler[] = []
    for (const plugin of plugins) {
      const file = path.join(plugin.resolve, CUSTOMER_DATA_FILE)
      if (!fs.existsSync(file)) continue
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file)
      const h: CustomerDataHandler | undefined = mod.default ?? mod.customerData
      if (!h?.plugin || typeof h.exportCustomer !== "function" || typeof h.eraseCustomer !== "function") {
        throw new Error(`${file} does not export a defineCustomerDataHandler(...) handler`)
      }
      out.push(h)
    }
    return out
  })()
  return discovered
}
