import { toast } from "@medusajs/ui"
import { errorMessage } from "./sdk"

/** Runs an admin action and says how it went in a toast; resolves true when it succeeded. */
export async function runWithToast(fn: () => Promise<unknown>, ok: string | ((result: any) => string)): Promise<boolean> {
  try {
    const result = await fn()
    toast.success(typeof ok === "function" ? ok(result) : ok)
    return true
  } catch (e) {
    toast.error(errorMessage(e))
    return false
  }
}
