import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A fake competitor shop on 127.0.0.1 (random port) for the fetcher tests: prices by GTIN, and routes that
 * answer 429 or 500 a few times before succeeding, 503 always, answer slowly, 404, or send something that is not JSON.
 */
export type FakeServer = {
  url: string
  /** request arrival times (ms, performance.now) per path */
  hits: Map<string, number[]>
  close(): Promise<void>
}

export async function startFakeCompetitor(): Promise<FakeServer> {
  const hits = new Map<string, number[]>()
  const counters = new Map<string, number>()
  const prices: Record<string, { price: string; stock: string }> = {
    "04006381333931": { price: "12.99", stock: "https://schema.org/InStock" },
    "00036000291452": { price: "7,50", stock: "OutOfStock" },
  }
  const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers })
    res.end(JSON.stringify(body))
  }
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? "/", "http://127.0.0.1")
    const list = hits.get(u.pathname) ?? []
    list.push(performance.now())
    hits.set(u.pathname, list)
    const n = (counters.get(u.pathname + u.search) ?? 0) + 1
    counters.set(u.pathname + u.search, n)
    const failFirst = Number(u.searchParams.get("fail") ?? 0)
    switch (u.pathname) {
      case "/api/offers": {
        const gtin = u.searchParams.get("gtin") ?? ""
        const p = prices[gtin]
        if (!p) return json(res, 200, { data: { offers: [] } })
        return json(res, 200, {
          data: {
            offers: [
              { sku: "OTHER", price: "99.00", currency: "EUR", availability: "InStock", updated: "2024-06-09T08:00:00Z" },
              { sku: u.searchParams.get("sku") ?? "MUG-BLUE", price: p.price, currency: "EUR", availability: p.stock, updated: "2024-06-09T08:00:00Z" },
            ],
          },
        })
      }
      case "/rate-limited":
        if (n <= failFirst) return json(res, 429, { error: "slow down" }, { "retry-after": "0" })
        return json(res, 200, { price: 1099, currency: "GBP", stock: 3 })
      case "/broken":
        if (n <= failFirst) return json(res, 500, { error: "oops" })
        return json(res, 200, { price: 1099, currency: "GBP", stock: 0 })
      case "/down":
        return json(res, 503, { error: "maintenance" })
      case "/slow": {
        const t = setTimeout(() => json(res, 200, { price: 1099, currency: "GBP", stock: 1 }), Number(u.searchParams.get("ms") ?? 300))
        res.on("close", () => clearTimeout(t))
        return
      }
      case "/missing":
        return json(res, 404, { error: "no such product" })
      case "/garbage":
        res.writeHead(200, { "content-type": "text/html" })
        return res.end("<html>not json</html>")
      case "/post": {
        let body = ""
        req.on("data", (d) => (body += d))
        req.on("end", () => json(res, 200, { echo: JSON.parse(body), price: "5.00", currency: "USD" }))
        return
      }
      default:
        return json(res, 404, {})
    }
  }
  const server: Server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
