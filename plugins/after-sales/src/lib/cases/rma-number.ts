/**
 * RMA numbers: deterministic from the case's sequence number, short enough to read over the phone, and with a
 * check character so a mistyped number is caught before a lookup.
 *
 * Alphabet: Crockford's base 32 (0-9 and A-Z without I, L, O, U), so 0/O and 1/I/L cannot be confused
 * (https://www.crockford.com/base32.html). The check character is Luhn mod N with N = 32 over that alphabet
 * (H. P. Luhn's algorithm generalised to any base; it catches every single-character error and almost every
 * swap of two neighbours). Crockford's own mod-37 check would need five extra symbols (*~$=U) that read badly.
 *
 * By default the sequence is permuted (a bijection of [0, 32^digits)) so consecutive cases do not get
 * consecutive numbers and a customer cannot read the store's return volume off their RMA.
 */
export const RMA_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

export type RmaOptions = {
  prefix?: string
  /** Characters before the check character, 4..6 (32^6 ≈ 1.07 billion numbers). */
  digits?: number
  /** Permute the sequence so numbers do not look sequential (default true). */
  scramble?: boolean
}

const DECODE = new Map<string, number>()
for (let i = 0; i < RMA_ALPHABET.length; i++) DECODE.set(RMA_ALPHABET[i], i)
// Crockford's decoding aliases
DECODE.set("O", 0)
DECODE.set("I", 1)
DECODE.set("L", 1)

// odd multipliers are bijections modulo a power of two; the xor-shift mixes high bits into low ones
const MUL = 0x2f5a3b9d
const ADD = 0x1b873593

function inverseOdd(a: number): number {
  // Newton's iteration for the inverse modulo 2^32 (each step doubles the correct bits)
  let x = a
  for (let i = 0; i < 5; i++) x = Math.imul(x, 2 - Math.imul(a, x))
  return x
}
const MUL_INV = inverseOdd(MUL)

function maskOf(digits: number): number {
  return digits === 6 ? 0x3fffffff : (1 << (5 * digits)) - 1
}

function permute(x: number, digits: number): number {
  const bits = 5 * digits
  const mask = maskOf(digits)
  let v = (Math.imul(x, MUL) + ADD) & mask
  v ^= v >>> Math.ceil(bits / 2)
  return Math.imul(v, MUL) & mask
}

function unpermute(y: number, digits: number): number {
  const bits = 5 * digits
  const mask = maskOf(digits)
  const s = Math.ceil(bits / 2)
  let v = Math.imul(y, MUL_INV) & mask
  v ^= v >>> s // s >= bits / 2, so one more shift would be zero
  return Math.imul((v - ADD) & mask, MUL_INV) & mask
}

/** Luhn mod N check character over RMA_ALPHABET (see the Wikipedia article "Luhn mod N algorithm"). */
export function rmaCheckCharacter(body: string): string {
  const n = 32
  let factor = 2
  let sum = 0
  for (let i = body.length - 1; i >= 0; i--) {
    const cp = DECODE.get(body[i])
    if (cp === undefined) throw new RangeError(`not a base-32 character: ${JSON.stringify(body[i])}`)
    let addend = factor * cp
    factor = factor === 2 ? 1 : 2
    addend = Math.floor(addend / n) + (addend % n)
    sum += addend
  }
  return RMA_ALPHABET[(n - (sum % n)) % n]
}

function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 4 || digits > 6) throw new RangeError(`digits must be 4..6, got ${digits}`)
}

/** `RMA-4K7Q2M-X` for a sequence number (0-based or 1-based, as the caller counts). */
export function formatRmaNumber(sequence: number, options: RmaOptions = {}): string {
  const digits = options.digits ?? 6
  checkDigits(digits)
  const prefix = options.prefix ?? "RMA"
  const capacity = 2 ** (5 * digits)
  if (!Number.isInteger(sequence) || sequence < 0 || sequence >= capacity) {
    throw new RangeError(`sequence must be an integer in 0..${capacity - 1}, got ${sequence}`)
  }
  let v = options.scramble === false ? sequence : permute(sequence, digits)
  let body = ""
  for (let i = 0; i < digits; i++) {
    body = RMA_ALPHABET[v & 31] + body
    v >>>= 5
  }
  return `${prefix ? `${prefix}-` : ""}${body}-${rmaCheckCharacter(body)}`
}

export type ParsedRma = { ok: true; sequence: number; normalized: string } | { ok: false; reason: string }

/**
 * Reads an RMA number as a person types it: any case, spaces or dashes anywhere, O for 0 and I/L for 1, the
 * prefix optional. Returns the sequence, or why the number is not valid.
 */
export function parseRmaNumber(text: string, options: RmaOptions = {}): ParsedRma {
  const digits = options.digits ?? 6
  checkDigits(digits)
  const prefix = (options.prefix ?? "RMA").toUpperCase()
  let s = text.toUpperCase().replace(/[\s-]/g, "")
  if (prefix && s.startsWith(prefix) && s.length === prefix.length + digits + 1) s = s.slice(prefix.length)
  if (s.length !== digits + 1) return { ok: false, reason: `expected ${digits} characters and a check character` }
  let canonical = ""
  for (const ch of s) {
    const v = DECODE.get(ch)
    if (v === undefined) return { ok: false, reason: `not an RMA character: ${JSON.stringify(ch)}` }
    canonical += RMA_ALPHABET[v]
  }
  const body = canonical.slice(0, digits)
  if (rmaCheckCharacter(body) !== canonical[digits]) return { ok: false, reason: "check character does not match (mistyped?)" }
  let v = 0
  for (const ch of body) v = v * 32 + (DECODE.get(ch) as number)
  const sequence = options.scramble === false ? v : unpermute(v, digits)
  return { ok: true, sequence, normalized: `${prefix ? `${prefix}-` : ""}${body}-${canonical[digits]}` }
}
