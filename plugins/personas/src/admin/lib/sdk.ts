import Medusa from "@medusajs/js-sdk"

/** The one js-sdk client of the personas admin pages: same origin, the admin's session cookie. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export function errorMessage(e: unknown): string {
  const err = e as { message?: string }
  return err?.message ?? String(e)
}
