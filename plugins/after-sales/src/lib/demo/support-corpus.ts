import type { CaseKind } from "../cases/case-model"
import { createRng, Rng } from "../math/prng"

/**
 * A deterministic generator of realistic after-sales conversations, for the demo seed (cases on past orders, a
 * planted defective product that drives complaints) and for the benchmarks (100,000 cases, 1,000,000 messages,
 * streamed so memory stays flat). Customer messages are built from fragments per reason, so no two cases read
 * exactly alike while similar cases share their words, as real ones do.
 */
export type CorpusProduct = { id: string; title: string; categoryId: string }

export type SupportReason = {
  code: string
  kind: CaseKind
  /** The saved reply an agent resolves it with. */
  replyKey: string
  /** Relative frequency. */
  weight: number
  openers: string[]
  details: string[]
}

export const SUPPORT_REASONS: SupportReason[] = [
  {
    code: "late_delivery", kind: "question", replyKey: "reply_where_is_my_order", weight: 22,
    openers: ["my order still hasn't arrived", "the {product} was due last week and is not here", "where is my parcel with the {product}", "tracking has not moved for days", "the courier says delivered but nothing came"],
    details: ["it has been ten days", "I paid for express shipping", "the tracking link shows no update since Monday", "I need it for a birthday on Saturday", "nobody knocked and there was no card"],
  },
  {
    code: "damaged", kind: "claim", replyKey: "reply_damaged_in_transit", weight: 14,
    openers: ["the {product} arrived broken", "the box was crushed and the {product} is cracked", "my {product} came damaged", "the glass on the {product} is smashed", "the {product} was dented when I opened it"],
    details: ["I have photos of the packaging", "the outer box was wet", "pieces were rattling inside", "it is unusable", "the courier left it in the rain"],
  },
  {
    code: "defective", kind: "repair", replyKey: "reply_warranty_repair", weight: 10,
    openers: ["the {product} stopped working", "my {product} does not switch on any more", "the {product} is leaking", "the {product} keeps cutting out", "the {product} makes a loud noise"],
    details: ["after only two weeks of use", "I followed the instructions exactly", "it trips the fuse", "the light flashes red", "it gets very hot"],
  },
  {
    code: "wrong_size", kind: "exchange", replyKey: "reply_size_exchange", weight: 16,
    openers: ["the {product} is too small", "can I exchange the {product} for a bigger size", "the {product} does not fit", "the {product} runs large", "I ordered the wrong size of {product}"],
    details: ["I normally wear a medium", "the size chart says otherwise", "it is tight across the shoulders", "the sleeves are too long", "I would like one size up"],
  },
  {
    code: "changed_mind", kind: "return", replyKey: "reply_return_label", weight: 14,
    openers: ["I would like to return the {product}", "how do I send back the {product}", "the {product} is not what I expected", "I no longer need the {product}", "please refund the {product}"],
    details: ["it is unopened", "the colour looks different from the photo", "I found it cheaper elsewhere", "it was a gift I do not want", "it is still in the original packaging"],
  },
  {
    code: "wrong_item", kind: "claim", replyKey: "reply_wrong_item", weight: 8,
    openers: ["I received the wrong item instead of the {product}", "this is not the {product} I ordered", "you sent me someone else's order", "the {product} in the box is a different model", "the parcel had the wrong colour of {product}"],
    details: ["the label has my name on it", "the order number matches", "I need the right one urgently", "should I send this back", "I have not opened it"],
  },
  {
    code: "refund_status", kind: "question", replyKey: "reply_refund_timing", weight: 10,
    openers: ["I returned the {product} but have no refund", "when will my refund arrive", "my refund for the {product} has not come through", "you received my return two weeks ago", "I was charged again after returning the {product}"],
    details: ["the tracking shows you received it", "my bank says nothing is pending", "it has been over 14 days", "I paid by card", "I was promised 5 working days"],
  },
  {
    code: "address_change", kind: "question", replyKey: "reply_address_change", weight: 6,
    openers: ["can I change the delivery address for my order", "I typed the wrong postcode", "please send the {product} to my work address", "I have moved house since ordering", "the flat number is missing from my address"],
    details: ["the order has not shipped yet", "it is the same city", "I can give you the new postcode", "please hold it at the depot", "I will not be home next week"],
  },
]

const GREETINGS = ["Hi,", "Hello,", "Hi there,", "Good morning,", "Dear team,", ""]
const ASKS = ["Can you help?", "What can you do?", "Please sort this out.", "What are my options?", "Please advise.", "Thanks in advance."]
const FOLLOW_UPS = ["Thanks, I will wait for the label.", "I have sent the photos now.", "Any update on this?", "That works for me, thank you.", "The order number is on the email.", "Still nothing, I am afraid.", "Great, thanks for the quick reply."]
const AGENT_FOLLOW_UPS = ["Thanks for your patience, I have checked with the warehouse.", "I have passed this to our returns team.", "Could you send a photo of the item and the packaging?", "I have issued the label to your email address.", "Your case is now resolved, thank you for shopping with us."]

export type SyntheticMessage = { author: "customer" | "agent"; text: string; at: number }

export type SyntheticCase = {
  id: string
  createdAt: number
  kind: CaseKind
  reason: string
  product: CorpusProduct
  messages: SyntheticMessage[]
  /** The saved reply that resolved it. */
  replyKey: string
  /** CSAT answer 1..5 (lower for defect complaints and late deliveries). */
  csat: number
}

export type CorpusOptions = {
  cases: number
  seed?: number
  /** Epoch ms of the first case. */
  start: number
  /** Cases spread evenly over this many days. */
  days: number
  products: CorpusProduct[]
  /** Messages per case on average (default 10, at least 2). */
  messagesPerCase?: number
  /** From `fromDay` on, cases about this product are `multiplier` times likelier, and all "defective". */
  defect?: { productId: string; fromDay: number; multiplier: number }
}

function pick<T>(rng: Rng, xs: readonly T[]): T {
  return xs[rng.int(xs.length)]
}

function pickReason(rng: Rng): SupportReason {
  const total = SUPPORT_REASONS.reduce((s, r) => s + r.weight, 0)
  let u = rng.next() * total
  for (const r of SUPPORT_REASONS) if ((u -= r.weight) < 0) return r
  return SUPPORT_REASONS[SUPPORT_REASONS.length - 1]
}

/** Streams synthetic cases in time order. The same options always give the same cases. */
export function* generateSupportCases(options: CorpusOptions): Generator<SyntheticCase> {
  if (!options.products.length) throw new RangeError("at least one product is needed")
  const rng = createRng(options.seed ?? 1)
  const perCase = Math.max(2, options.messagesPerCase ?? 10)
  const step = (options.days * 86_400_000) / Math.max(1, options.cases)
  const defective = options.defect ? options.products.find((p) => p.id === options.defect?.productId) : undefined
  if (options.defect && !defective) throw new RangeError(`defect product ${options.defect.productId} is not among the products`)
  for (let i = 0; i < options.cases; i++) {
    const createdAt = Math.round(options.start + i * step + rng.next() * step)
    const day = (createdAt - options.start) / 86_400_000
    let reason = pickReason(rng)
    let product = pick(rng, options.products)
    if (defective && options.defect && day >= options.defect.fromDay) {
      // with n products, a multiplier m makes the product's share m / (n - 1 + m)
      const share = options.defect.multiplier / (options.products.length - 1 + options.defect.multiplier)
      if (rng.next() < share) {
        product = defective
        reason = SUPPORT_REASONS.find((r) => r.code === "defective") as SupportReason
      }
    }
    const fill = (s: string) => s.replace(/\{product\}/g, product.title.toLowerCase())
    const opener = [pick(rng, GREETINGS), `${fill(pick(rng, reason.openers))},`, `${pick(rng, reason.details)}.`, pick(rng, ASKS)].filter(Boolean).join(" ")
    const n = Math.max(2, Math.round(perCase * (0.5 + rng.next())))
    const messages: SyntheticMessage[] = [{ author: "customer", text: opener, at: createdAt }]
    let at = createdAt
    for (let m = 1; m < n; m++) {
      at += Math.round((0.5 + rng.next() * 20) * 3_600_000)
      const author = m % 2 === 1 ? "agent" : "customer"
      const text = author === "agent" ? pick(rng, AGENT_FOLLOW_UPS) : m === 2 ? `${fill(pick(rng, reason.openers))}, ${pick(rng, reason.details)}.` : pick(rng, FOLLOW_UPS)
      messages.push({ author, text, at })
    }
    const unhappy = reason.code === "defective" || reason.code === "late_delivery" || reason.code === "refund_status"
    const csat = Math.min(5, Math.max(1, Math.round((unhappy ? 3 : 4.3) + (rng.next() - 0.5) * 3)))
    yield { id: `case_${String(i + 1).padStart(6, "0")}`, createdAt, kind: reason.kind, reason: reason.code, product, messages, replyKey: reason.replyKey, csat }
  }
}
