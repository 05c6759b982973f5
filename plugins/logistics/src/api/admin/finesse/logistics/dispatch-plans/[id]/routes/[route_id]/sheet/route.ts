import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { routeSheetCsv, type SheetAddress } from "../../../../../../../../../lib/dispatch/route-sheet"
import { shippingAddresses } from "../../../../../../../../../reads/medusa-orders"
import { one, svcOf } from "../../../../../helpers"

/**
 * GET .../dispatch-plans/:id/routes/:route_id/sheet?format=csv|json — a driver's route sheet with the delivery
 * addresses, read from the orders when asked (the plan itself keeps no names or streets).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const svc = svcOf(req)
  const plan: any = await one(svc.listFinesseLogisticsDispatchPlans({ id: req.params.id }), "dispatch plan", req.params.id)
  const route: any = await one(svc.listFinesseLogisticsDispatchRoutes({ id: req.params.route_id, plan_id: plan.id }), "route", req.params.route_id)
  const raw = await shippingAddresses(svc.db(), route.stops.map((s: any) => s.order_id))
  const addresses = new Map<string, SheetAddress>()
  for (const [id, a] of raw) {
    addresses.set(id, {
      name: [a.first_name, a.last_name].filter(Boolean).join(" "),
      address: [a.address_1, a.address_2].filter(Boolean).join(", "),
      postal_code: a.postal_code ?? "",
      city: a.city ?? "",
      phone: a.phone ?? "",
    })
  }
  const label = (orderId: string) => (raw.get(orderId)?.display_id ? `#${raw.get(orderId)!.display_id}` : orderId)
  const driver = route.driver_name ?? ""
  if ((req.validatedQuery as { format: string }).format === "csv") {
    const csv = routeSheetCsv(route, { date: plan.day, driver, vehicle: route.vehicle_name, addresses, orderLabel: label })
    res.setHeader("content-type", "text/csv; charset=utf-8")
    res.setHeader("content-disposition", `attachment; filename="route-${plan.day}-${route.vehicle_name.replace(/[^\w-]+/g, "_")}.csv"`)
    return res.send(csv)
  }
  res.json({
    sheet: {
      plan_id: plan.id,
      day: plan.day,
      route_id: route.id,
      vehicle_name: route.vehicle_name,
      driver_name: route.driver_name,
      distance_km: route.distance_km,
      start_min: route.start_min,
      end_min: route.end_min,
      depot: plan.details?.depot ?? null,
      stops: route.stops.map((s: any) => ({ ...s, order_label: label(s.order_id), address: addresses.get(s.order_id) ?? null })),
    },
  })
}
