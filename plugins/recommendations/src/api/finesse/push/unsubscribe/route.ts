import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { verifyToken } from "../../../../lib/push/tokens"
import { pushSecret } from "../../../../serving/push-links"
import { unsubscribeWithToken } from "../../../../serving/unsubscribe"

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head>` +
  `<body style="font-family:system-ui;max-width:32rem;margin:4rem auto;padding:0 1rem"><h1>${title}</h1>${body}</body></html>`

/**
 * GET /finesse/push/unsubscribe?token=… — the unsubscribe link: a page with one button (a GET never unsubscribes,
 * because mail scanners follow links). POST — one-click unsubscribe (RFC 8058 List-Unsubscribe-Post) or the button.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const token = String(req.query.token ?? "")
  const t = verifyToken(pushSecret(req.scope), token)
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  if (!t || t.t !== "u") return res.status(400).send(page("Invalid link", "<p>This unsubscribe link is not valid.</p>"))
  res.send(
    page(
      "Unsubscribe",
      `<p>Stop personalised messages by ${t.ch === "all" ? "any channel" : t.ch}?</p>` +
        `<form method="post" action="?token=${encodeURIComponent(token)}"><button type="submit">Unsubscribe</button></form>`
    )
  )
}

export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const token = String(req.query.token ?? (req.body as { token?: string })?.token ?? "")
  const result = await unsubscribeWithToken(req.scope, token, false)
  if ((req.get("accept") ?? "").includes("application/json")) return res.json({ unsubscribed: result })
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.send(page("Unsubscribed", `<p>You will no longer receive personalised messages by ${result.channels.join(", ")}.</p>`))
}
