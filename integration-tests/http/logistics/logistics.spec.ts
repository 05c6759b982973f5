import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { adminHeaders, expectStatus, waitFor } from "../../helpers/auth"
import { placeOrder } from "../../helpers/store-fixture"
import { createLogisticsShop, reservationsOf, type LogisticsShop } from "./fixtures"

jest.setTimeout(300_000)
// the runner restores the database before each test under the same app: no in-memory routing snapshot
process.env.FINESSE_LOGISTICS_CACHE_MS = "0"

const L = "/admin/finesse/logistics"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: Record<string, string> }
    let analyst: { headers: Record<string, string> }
    let shop: LogisticsShop
    let regionId: string
    const decisionOf = (orderId: string, done: (d: any) => boolean = (d) => !!d) =>
      waitFor(() => api.get(`${L}/orders/${orderId}`, admin).then((r: any) => r.data.routing.decision), done, 60_000, 200)
    const buy = (items: [keyof LogisticsShop["items"], number][]) =>
      placeOrder(api, shop.store, { items: items.map(([k, quantity]) => ({ variantId: shop.items[k].variantId, quantity })) }).then((r) => r.order)

    beforeAll(async () => {
      const c = getContainer()
      admin = await adminHeaders(c, `logistics-admin-${Date.now()}@finesse.test`)
      analyst = await adminHeaders(c, `logistics-analyst-${Date.now()}@finesse.test`)
      const analystId = (await api.get("/admin/users/me", analyst)).data.user.id
      await api.post("/admin/finesse/roles", { user_id: analystId, role: "analyst" }, admin)
      shop = await createLogisticsShop(c)
      // routing facts of both locations (created on first sight), a carrier with a German rate
      await api.get(`${L}/locations`, admin)
      await api.post(`${L}/carriers`, { code: "testpost", name: "Test Post" }, admin)
      await api.post(`${L}/rates`, { carrier_code: "testpost", service: "parcel", dest_country: "DE", max_weight_g: 5000, price: 590, currency_code: "EUR", transit_days: 2 }, admin)
      const { data } = await api.post(
        `${L}/fleet-regions`,
        { name: "Berlin vans", depot_location_id: shop.berlin, countries: ["de"], postcode_prefixes: ["10"], currency_code: "eur", cost_per_km: 40, cost_per_stop: 150, cost_per_hour: 2400, speed_kmh: 30, shift_start_min: 480, shift_end_min: 1080, policy: "own_fleet", solver_seconds: 0.5 },
        admin
      )
      regionId = data.fleet_region.id
      await api.post(`${L}/fleet-regions/${regionId}/vehicles`, { name: "Van 1", capacity: 40 }, admin)
      await api.post(`${L}/fleet-regions/${regionId}/drivers`, { name: "Kim" }, admin)
    })

    describe("order routing at placement", () => {
      it("splits an order whose units sit at two locations and moves Medusa's reservations per unit", async () => {
        // 2 shirts (Berlin 1, Hamburg 1) and a hat (Berlin only): Medusa reserves both shirts at one location
        const order = await buy([["shirt", 2], ["hat", 1]])
        const d = await decisionOf(order.id)
        expect(d).toMatchObject({ status: "routed", source: "placement", split: true, shipment_count: 2, split_lines: 1 })
        expect(d.summary).toContain("no single location has everything")
        const by = Object.fromEntries(d.shipments.map((s: any) => [s.location_id, s.lines.map((l: any) => l.quantity)]))
        expect(by[shop.berlin].sort()).toEqual([1, 1])
        expect(by[shop.hamburg]).toEqual([1])
        expect(d.reasons.map((r: any) => r.code)).toEqual(["capacity", "same_market", "fewest_shipments", "nearest", "cheapest"])
        expect(d.reservations_moved).toBeGreaterThanOrEqual(1)
        expect(d.timing.load_ms + d.timing.decide_ms).toBeGreaterThan(0)
        const res = await reservationsOf(getContainer(), order.id)
        expect(res[shop.items.shirt.inventoryItemId]).toEqual([`${shop.berlin}:1`, `${shop.hamburg}:1`].sort())
        expect(res[shop.items.hat.inventoryItemId]).toEqual([`${shop.berlin}:1`])
        // the order carries the summary; the levels hold exactly what the reservations say
        const { data } = await api.get(`/admin/orders/${order.id}?fields=metadata`, admin)
        expect(data.order.metadata.finesse_logistics).toMatchObject({ decision_id: d.id, split: true, status: "routed" })
        const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: shop.items.shirt.inventoryItemId }, { select: ["location_id", "reserved_quantity"] })
        expect(levels.map((l: any) => Number(l.reserved_quantity))).toEqual([1, 1])
        // one shipment per location, each with its mode, cost and promise
        const routing = (await api.get(`${L}/orders/${order.id}`, admin)).data.routing
        expect(routing.shipments).toHaveLength(2)
        const fromBerlin = routing.shipments.find((s: any) => s.location_id === shop.berlin)
        expect(fromBerlin).toMatchObject({ mode: "own_fleet", fleet_region_id: regionId })
        expect(routing.shipments.find((s: any) => s.location_id === shop.hamburg)).toMatchObject({ mode: "carrier", carrier_code: "testpost", cost: 590 })
        const list = (await api.get(`${L}/decisions?split=true`, admin)).data
        expect(list.decisions.map((x: any) => x.order_id)).toEqual([order.id])
      })

      it("lets an admin override where an order ships from, refusing stock that is not there", async () => {
        const order = await buy([["bag", 1]])
        const first = await decisionOf(order.id)
        // the Berlin address is nearer the Berlin warehouse
        expect(first.shipments.map((s: any) => s.location_id)).toEqual([shop.berlin])
        const line = (await api.get(`${L}/orders/${order.id}`, admin)).data.routing.lines[0]
        expect(line.stock).toEqual({ [shop.berlin]: 5, [shop.hamburg]: 5 })

        const tooMany = await expectStatus(api.post(`${L}/orders/${order.id}/override`, { shipments: [{ location_id: shop.hamburg, lines: [{ line_item_id: line.line_item_id, quantity: 9 }] }] }, admin))
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toContain("shipments[0].lines[0].quantity")

        const { data } = await api.post(`${L}/orders/${order.id}/override`, { shipments: [{ location_id: shop.hamburg, lines: [{ line_item_id: line.line_item_id, quantity: 1 }] }], note: "customer collects in Hamburg" }, admin)
        expect(data.decision).toMatchObject({ status: "override", source: "override", version: 2, current: true, note: "customer collects in Hamburg" })
        expect(await reservationsOf(getContainer(), order.id)).toEqual({ [shop.items.bag.inventoryItemId]: [`${shop.hamburg}:1`] })
        const history = (await api.get(`${L}/orders/${order.id}`, admin)).data.routing.history
        expect(history.map((h: any) => [h.version, h.current, h.source])).toEqual([[2, true, "override"], [1, false, "placement"]])
        const userId = (await api.get("/admin/users/me", admin)).data.user.id
        const log = (await api.get(`/admin/finesse/audit?action=logistics.order.routing_overridden`, admin)).data
        expect(log.entries[0]).toMatchObject({ resource_id: order.id, actor_id: userId })
      })

      it("re-routes the orders of a location that runs out", async () => {
        const order = await buy([["bag", 1]])
        expect((await decisionOf(order.id)).shipments[0].location_id).toBe(shop.berlin)
        // a stock count finds no bags in Berlin: the level now holds a reservation it cannot cover
        await api.post(`/admin/inventory-items/${shop.items.bag.inventoryItemId}/location-levels/${shop.berlin}`, { stocked_quantity: 0 }, admin)
        const d = await decisionOf(order.id, (x) => x?.source === "reroute")
        expect(d).toMatchObject({ version: 2, status: "routed" })
        expect(d.summary).toMatch(/^Re-routed: Ships from Hamburg store/)
        expect(await reservationsOf(getContainer(), order.id)).toEqual({ [shop.items.bag.inventoryItemId]: [`${shop.hamburg}:1`] })
      })

      it("exports a customer's routing data without a name or street, and erases the postcode", async () => {
        const order = await buy([["hat", 1]])
        await decisionOf(order.id)
        const { data: o } = await api.get(`/admin/orders/${order.id}?fields=customer_id`, admin)
        const exported = (await api.get(`/admin/finesse/customers/${o.order.customer_id}/data`, admin)).data.customer_data.plugins.logistics
        expect(exported.data.routing_decisions).toHaveLength(1)
        expect(exported.data.shipments[0]).toMatchObject({ order_id: order.id, dest_postcode: "10119" })
        expect(JSON.stringify(exported)).not.toContain("Torstr")
        await api.post(`/admin/finesse/customers/${o.order.customer_id}/erase`, { confirm: true }, admin)
        const after = (await api.get(`${L}/orders/${order.id}`, admin)).data.routing
        expect(after.shipments[0]).toMatchObject({ dest_postcode: null, lat: null })
      })

      it("answers a dry run with the decision and how long it took, without moving anything", async () => {
        const order = await buy([["hat", 1]])
        await decisionOf(order.id)
        const { data } = await api.post(`${L}/orders/${order.id}/route`, { dry_run: true }, admin)
        expect(data.dry_run).toBe(true)
        expect(data.decision.shipments.map((s: any) => s.location_id)).toEqual([shop.berlin])
        expect(Object.keys(data.decision.timing)).toEqual(["load_ms", "decide_ms"])
        expect(data.reservations).toEqual({ delete: 0, create: [] })
      })
    })

    describe("rules, auth and validation", () => {
      it("needs a login (401) and the operator role to write (403 for an analyst)", async () => {
        expect((await expectStatus(api.get(`${L}/decisions`))).status).toBe(401)
        expect((await expectStatus(api.get(`${L}/decisions`, analyst))).status).toBe(200)
        const denied = await expectStatus(api.post(`${L}/routing/config`, { mode: "ranked", strategies: [{ code: "nearest" }], allow_split: true, max_shipments: 2 }, analyst))
        expect(denied.status).toBe(403)
        expect((await expectStatus(api.get(`${L}/orders/order_nope`, admin))).status).toBe(404)
      })

      it("saves a strategy chain and names the wrong field in a 400", async () => {
        const bad = await expectStatus(api.post(`${L}/routing/config`, { mode: "ranked", strategies: [{ code: "nearest", args: { aggregate: "avg" } }], allow_split: true, max_shipments: 2 }, admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("strategies[0].args.aggregate")
        const unknown = await expectStatus(api.post(`${L}/routing/config`, { mode: "ranked", strategies: [{ code: "teleport" }], allow_split: true, max_shipments: 2 }, admin))
        expect(unknown.data.message).toContain('strategies[0].code: unknown strategy "teleport"')
        const shape = await expectStatus(api.post(`${L}/routing/config`, { mode: "ranked", strategies: [], allow_split: "yes", max_shipments: 2 }, admin))
        expect(shape.status).toBe(400)
        expect(shape.data.message).toContain("allow_split")
        const ok = await api.post(`${L}/routing/config`, { mode: "ranked", strategies: [{ code: "nearest" }, { code: "fewest_shipments" }], allow_split: false, max_shipments: 2 }, admin)
        expect(ok.data.routing).toMatchObject({ mode: "ranked", allow_split: false, strategies: [{ code: "nearest", args: { aggregate: "sum" } }, { code: "fewest_shipments" }] })
        expect((await api.get(`${L}/routing/config`, admin)).data.routing.strategies.map((s: any) => s.code)).toEqual(["nearest", "fewest_shipments"])
        expect((await api.get(`${L}/meta`, admin)).data.strategies.map((s: any) => s.code)).toContain("capacity")
      })

      it("imports a rate sheet, reporting the bad lines", async () => {
        const csv = "carrier,service,origin_country,dest_country,max_weight_kg,price,currency,transit_days\nnewpost,std,de,de,2,4.49,eur,2\nnewpost,std,de,Germany,2,4.49,eur,2\n"
        const { data } = await api.post(`${L}/rates/import`, { csv }, admin)
        expect(data).toMatchObject({ imported: 1, carriers_created: ["newpost"], errors: [{ line: 3, message: 'dest_country "Germany" is not a 2-letter country code' }] })
        const rates = (await api.get(`${L}/rates?carrier_code=newpost`, admin)).data.rates
        expect(rates).toMatchObject([{ price: 449, max_weight_g: 2000, dest_country: "de" }])
        expect((await expectStatus(api.post(`${L}/rates/import`, { csv: "carrier\nx" }, admin))).data.message).toContain("csv: no usable rate")
      })
    })

    describe("own-fleet dispatch and delivery performance", () => {
      it("plans the day's van route with the solver and exports the driver's sheet", async () => {
        const order = await buy([["hat", 1]])
        const routing = await waitFor(() => api.get(`${L}/orders/${order.id}`, admin).then((r: any) => r.data.routing), (r) => r.shipments?.length === 1, 60_000, 200)
        const s = routing.shipments[0]
        expect(s).toMatchObject({ mode: "own_fleet", fleet_region_id: regionId })
        const { data } = await api.post(`${L}/dispatch`, { fleet_region_id: regionId, day: s.delivery_day }, admin)
        const job = await waitFor(() => api.get(`/admin/finesse/jobs/${data.job.id}`, admin).then((r: any) => r.data.job), (j) => ["completed", "failed"].includes(j.state), 120_000, 300)
        expect(job.state).toBe("completed")
        const plans = (await api.get(`${L}/dispatch-plans?fleet_region_id=${regionId}&day=${s.delivery_day}`, admin)).data.dispatch_plans
        expect(plans).toHaveLength(1)
        expect(plans[0]).toMatchObject({ stops: 1, vehicles_used: 1, feasible: true })
        const plan = (await api.get(`${L}/dispatch-plans/${plans[0].id}`, admin)).data.dispatch_plan
        expect(plan.routes[0]).toMatchObject({ vehicle_name: "Van 1", driver_name: "Kim", load: 1 })
        expect(plan.routes[0].stops[0]).toMatchObject({ order_id: order.id, display_id: order.display_id })
        const csv = await api.get(`${L}/dispatch-plans/${plan.id}/routes/${plan.routes[0].id}/sheet?format=csv`, admin)
        expect(csv.headers["content-type"]).toContain("text/csv")
        const lines = csv.data.trim().split("\r\n")
        expect(lines[0]).toBe("date,driver,vehicle,stop,order,arrival,window,units,name,address,postal_code,city,phone,lat,lng")
        expect(lines[1]).toContain(`Kim,Van 1,1,#${order.display_id}`)
        expect(lines[1]).toContain("Torstr. 1,10119,Berlin")
      })

      it("measures promised against actual delivery and raises an alert through the notification module", async () => {
        const orders = [await buy([["bag", 1]]), await buy([["hat", 1]])]
        for (const o of orders) await decisionOf(o.id)
        const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
        // three days on: both were promised two days ago and arrive now, a day late
        await pg.raw(`update finesse_logistics_shipment set promised_at = now() - interval '2 days' where order_id = any(?)`, [orders.map((o) => o.id)])
        const shipments = (await api.get(`${L}/shipments?limit=50`, admin)).data.shipments.filter((s: any) => orders.some((o) => o.id === s.order_id))
        expect(shipments).toHaveLength(2)
        const events = shipments.map((s: any) => ({ shipment_id: s.id, type: "delivered", at: new Date(Date.now() - 24 * 3_600_000).toISOString() }))
        expect((await api.post(`${L}/shipments/events`, { events }, admin)).data).toEqual({ updated: 2, unmatched: [] })
        const bad = await expectStatus(api.post(`${L}/alerts/settings`, { rules: [{ code: "late_rate_above", args: { threshold: 2 } }] }, admin))
        expect(bad.data.message).toContain("rules[0].args.threshold")
        await api.post(`${L}/alerts/settings`, { rules: [{ code: "late_rate_above", args: { dimension: "location", threshold: 0.5, min_shipments: 2, confident: false, window_days: 30 } }] }, admin)
        const perf = (await api.get(`${L}/performance?dimension=location&days=30`, admin)).data
        expect(perf.totals).toMatchObject({ delivered: 2, late: 2, late_rate: 1 })
        expect(perf.rows).toMatchObject([{ key: "Berlin warehouse", delivered: 2, late: 2, late_rate: 1, mean_delay_hours: 24 }])
        const first = (await api.post(`${L}/performance/evaluate`, {}, admin)).data.run
        expect(first).toMatchObject({ raised: 1, notified: 1, failed: 0 })
        // a second check keeps the alert open without telling anyone again
        expect((await api.post(`${L}/performance/evaluate`, {}, admin)).data.run).toMatchObject({ raised: 0, updated: 1, notified: 0 })
        const alerts = (await api.get(`${L}/alerts?status=open`, admin)).data.alerts
        expect(alerts).toMatchObject([{ rule: "late_rate_above", dimension: "location", group: "Berlin warehouse", value: 1, status: "open" }])
        const notes = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "finesse-logistics-alert" } as any)
        expect(notes).toHaveLength(1)
        expect(notes[0]).toMatchObject({ channel: "feed", resource_id: alerts[0].id })
      })
    })
  },
})
