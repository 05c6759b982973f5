import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "@finesse/core/api/utils/validation"
import * as v from "./validators"

const P = "/admin/finesse/logistics"
const q = (matcher: string, schema: Parameters<typeof validateQuery>[0]): MiddlewareRoute => ({ matcher: `${P}${matcher}`, methods: ["GET"], middlewares: [validateQuery(schema)] })
const b = (matcher: string, schema: Parameters<typeof validateBody>[0]): MiddlewareRoute => ({ matcher: `${P}${matcher}`, methods: ["POST"], middlewares: [validateBody(schema)] })

export const adminLogisticsMiddlewares: MiddlewareRoute[] = [
  b("/routing/config", v.RoutingConfigBody),
  q("/decisions", v.DecisionsQuery),
  b("/orders/:id/route", v.RouteOrderBody),
  b("/orders/:id/override", v.OverrideBody),
  q("/locations", v.PageQuery),
  b("/locations/:id", v.UpdateLocationBody),
  q("/carriers", v.PageQuery),
  b("/carriers", v.CarrierBody),
  b("/carriers/:id", v.UpdateCarrierBody),
  q("/rates", v.RatesQuery),
  b("/rates", v.RateBody),
  b("/rates/import", v.ImportRatesBody),
  q("/modes", v.ModesQuery),
  q("/fleet-regions", v.PageQuery),
  b("/fleet-regions", v.FleetRegionBody),
  b("/fleet-regions/:id", v.UpdateFleetRegionBody),
  b("/fleet-regions/:id/vehicles", v.VehicleBody),
  b("/fleet-regions/:id/drivers", v.DriverBody),
  b("/dispatch", v.DispatchBody),
  q("/dispatch-plans", v.PlansQuery),
  q("/dispatch-plans/:id/routes/:route_id/sheet", v.SheetQuery),
  q("/network/demand", v.DemandQuery),
  q("/network/scenarios", v.PageQuery),
  b("/network/scenarios", v.ScenarioBody),
  q("/performance", v.PerformanceQuery),
  q("/alerts", v.AlertsQuery),
  b("/alerts/settings", v.AlertSettingsBody),
  q("/shipments", v.ShipmentsQuery),
  b("/shipments/events", v.TrackingBody),
]
