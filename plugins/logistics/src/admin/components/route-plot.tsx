import { Switch, Text } from "@medusajs/ui"
import { useState } from "react"
import type { DispatchRoute } from "../hooks/logistics"
import { SERIES } from "./locations-card"

const R = 6371.0088
const rad = Math.PI / 180

/** km east/north of the depot (equirectangular around it; fine for a region). */
function project(lat: number, lng: number, d: { lat: number; lng: number }) {
  return { x: (lng - d.lng) * rad * R * Math.cos(d.lat * rad), y: (lat - d.lat) * rad * R }
}

/**
 * The day's routes as a schematic map around the depot. "Schematic" keeps every bearing but draws the distance
 * from the depot on a square-root scale, so a town 250 km away and the streets next door both stay readable;
 * "to scale" draws plain km. Stops at one postcode centroid are fanned out a little so each can be seen.
 */
export const RoutePlot = ({ depot, routes, height = 420 }: { depot: { lat: number; lng: number; name: string }; routes: DispatchRoute[]; height?: number }) => {
  const [schematic, setSchematic] = useState(true)
  const width = 720
  const pts = routes.flatMap((r) => r.stops.map((s) => ({ r, s, ...project(s.lat, s.lng, depot) })))
  // fan out coincident stops
  const seen = new Map<string, number>()
  const placed = pts.map((p) => {
    const k = `${p.x.toFixed(2)},${p.y.toFixed(2)}`
    const n = seen.get(k) ?? 0
    seen.set(k, n + 1)
    return { ...p, fan: n }
  })
  const warp = (x: number, y: number) => {
    if (!schematic) return { x, y }
    const d = Math.hypot(x, y)
    if (d === 0) return { x, y }
    const s = Math.sqrt(d) / d
    return { x: x * s, y: y * s }
  }
  const w = placed.map((p) => ({ ...p, ...warp(p.x, p.y) }))
  const ext = Math.max(1e-6, ...w.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))))
  const outer = Math.max(ext, ...[1, 5, 10, 25, 50, 100, 250, 500].filter((km) => (schematic ? Math.sqrt(km) : km) > ext).slice(0, 1).map((km) => (schematic ? Math.sqrt(km) : km)))
  const scale = (Math.min(width, height) / 2 - 28) / outer
  const cx = width / 2
  const cy = height / 2
  const fanPx = 9
  const screen = (p: { x: number; y: number; fan?: number }) => {
    const a = ((p.fan ?? 0) * 2.4) % (2 * Math.PI)
    const off = p.fan ? fanPx * Math.sqrt(p.fan) : 0
    return { X: cx + p.x * scale + off * Math.cos(a), Y: cy - p.y * scale + off * Math.sin(a) }
  }
  const steps = [1, 5, 10, 25, 50, 100, 250, 500]
  const reach = (km: number) => (schematic ? Math.sqrt(km) : km)
  // the rings inside the drawing, plus the first one beyond its farthest stop
  const inside = steps.filter((km) => reach(km) <= ext)
  const rings = [...(schematic ? inside : inside.filter((km) => km >= 5)), ...steps.filter((km) => reach(km) > ext).slice(0, 1)]
  return (
    <div className="flex flex-col gap-y-2" data-testid="route-plot">
      <div className="flex items-center justify-between px-1">
        <Text size="xsmall" className="text-ui-fg-subtle">
          {schematic ? "Schematic: bearings true, distance from the depot on a square-root scale" : "To scale (km)"}
        </Text>
        <div className="flex items-center gap-x-2">
          <Text size="xsmall">Schematic</Text>
          <Switch checked={schematic} onCheckedChange={setSchematic} />
        </div>
      </div>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxHeight: height, background: "var(--bg-subtle)", borderRadius: 8 }}>
        {rings.map((km) => {
          const rr = (schematic ? Math.sqrt(km) : km) * scale
          return (
            <g key={km}>
              <circle cx={cx} cy={cy} r={rr} fill="none" stroke="var(--border-base)" strokeDasharray="3 4" />
              <text x={cx + rr + 3} y={cy - 3} fontSize={10} fill="var(--fg-muted)">
                {km} km
              </text>
            </g>
          )
        })}
        {routes.map((r, k) => {
          const color = SERIES[k % SERIES.length]
          const path = [{ X: cx, Y: cy }, ...w.filter((p) => p.r === r).map(screen), { X: cx, Y: cy }]
          return <polyline key={r.id} data-testid="route-line" points={path.map((p) => `${p.X},${p.Y}`).join(" ")} fill="none" stroke={color} strokeWidth={2} strokeOpacity={0.85} />
        })}
        {w.map((p) => {
          const k = routes.indexOf(p.r)
          const { X, Y } = screen(p)
          return (
            <g key={p.s.stop_id} data-testid="route-stop">
              <circle cx={X} cy={Y} r={8} fill={SERIES[k % SERIES.length]} stroke="var(--bg-base)" strokeWidth={1.5} />
              <text x={X} y={Y + 3.5} fontSize={9} textAnchor="middle" fill="white">
                {p.s.sequence}
              </text>
              <title>{`${p.r.vehicle_name} stop ${p.s.sequence}: order ${p.s.display_id ? `#${p.s.display_id}` : p.s.order_id}, ${p.s.units} units`}</title>
            </g>
          )
        })}
        <rect x={cx - 7} y={cy - 7} width={14} height={14} fill="var(--fg-base)" />
        <text x={cx + 10} y={cy + 18} fontSize={11} fill="var(--fg-base)">
          {depot.name}
        </text>
      </svg>
    </div>
  )
}
