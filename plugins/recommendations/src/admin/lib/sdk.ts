import Medusa from "@medusajs/js-sdk"

/** The one js-sdk client of the recommendation pages: same origin, the admin's session cookie. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

export function errorMessage(e: unknown): string {
  return (e as { message?: string })?.message ?? String(e)
}
