import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The key of signed links in messages: FINESSE_PUSH_SECRET, else derived from the project's cookie secret. */
export function pushSecret(container: MedusaContainer): string {
  if (process.env.FINESSE_PUSH_SECRET) return process.env.FINESSE_PUSH_SECRET
  const http = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http as { cookieSecret?: string; jwtSecret?: string }
  return `finesse-push:${http.cookieSecret ?? http.jwtSecret ?? "supersecret"}`
}
