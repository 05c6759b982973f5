import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COUNTRY_HEADERS, DEVICE_HEADER, noteCheckoutRequest } from "../../engine/request-context"

/**
 * Before Medusa's `POST /store/carts/:id/complete`: notes the shopper's IP, CDN country header and storefront
 * anonymous id for the risk hook that scores the cart moments later in the same process.
 */
export function noteCheckoutContext(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const cartId = req.params?.id
    if (cartId) {
      const country = COUNTRY_HEADERS.map((h) => req.get(h)).find((v) => !!v && /^[A-Za-z]{2}$/.test(v)) ?? null
      const device = req.get(DEVICE_HEADER)
      noteCheckoutRequest(cartId, {
        ip: req.ip ?? null,
        country,
        deviceId: device && device.length <= 200 ? device : null,
        at: Date.now(),
      })
    }
  } catch {
    // the checkout goes on without the context
  }
  next()
}
