import { toast } from "@medusajs/ui"
import { errorMessage } from "./sdk"

/** Runs an admin action and says how it went in a toast; true when it succeeded. */
export async function runWithToast(fn: () => Promise<unknown>, ok: string): Promise<boolean> {
  try {
    await fn()
    toast.success(ok)
    return true
  } catch (e) {
    toast.error(errorMessage(e))
    return false
  }
}
