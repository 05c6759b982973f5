import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import jwt from "jsonwebtoken"

/** Creates an admin user with an emailpass identity and returns request headers carrying its JWT. */
export async function adminHeaders(container: MedusaContainer, email = `admin-${Date.now()}@finesse.test`) {
  const user = await container.resolve(Modules.USER).createUsers({ email })
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email, provider_metadata: {} }],
    app_metadata: { user_id: user.id },
  })
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const token = jwt.sign(
    { actor_id: user.id, actor_type: "user", auth_identity_id: authIdentity.id, app_metadata: { user_id: user.id } },
    http.jwtSecret as string,
    { expiresIn: "1d" }
  )
  return { headers: { authorization: `Bearer ${token}` } }
}

/** Polls `fn` until `done(value)` holds or the timeout passes; returns the last value. */
export async function waitFor<T>(fn: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000, everyMs = 100) {
  const t0 = Date.now()
  let v = await fn()
  while (!done(v)) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms; last value: ${JSON.stringify(v)}`)
    await new Promise((r) => setTimeout(r, everyMs))
    v = await fn()
  }
  return v
}

/** axios in the test runner throws on 4xx; this returns the response instead. */
export async function expectStatus(p: Promise<any>) {
  try {
    const r = await p
    return { status: r.status, data: r.data }
  } catch (e: any) {
    if (!e.response) throw e
    return { status: e.response.status, data: e.response.data }
  }
}
