import Medusa from "@medusajs/js-sdk"

/** The one js-sdk client of every Finesse admin page: same origin, the admin's session cookie. */
export const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

/** An error of `sdk.client.fetch`: the HTTP status rides along. */
export type FetchError = Error & { status?: number }

/** The message of a failed call (Medusa answers `{ message }`; the js-sdk puts it on the error). */
export function errorMessage(e: unknown): string {
  return (e as { message?: string })?.message ?? String(e)
}

/** Query parameters without undefined or empty values, for `sdk.client.fetch(path, { query })`. */
export function cleanQuery(q: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined && v !== null && v !== ""))
}
