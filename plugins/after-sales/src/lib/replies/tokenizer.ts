import stem from "wink-porter2-stemmer"
import { ENGLISH_STOP_WORDS } from "./stop-words"

/**
 * Text → index terms for BM25 and topic models: lower case, accents folded (café → cafe), split on anything that
 * is not a letter or a digit (an apostrophe inside a word stays), Snowball stop words dropped, possessive 's
 * dropped, Porter2 stemming of words (wink-porter2-stemmer; "delayed" → "delay", "shoes" → "shoe"). Tokens
 * with digits are kept unstemmed up to 4 characters (sizes, "3rd"); longer numbers are order and tracking ids
 * that would only match their own case.
 */
export type TokenizerOptions = {
  stopWords?: ReadonlySet<string>
  /** Stem words (default true). */
  stem?: boolean
  /** Shortest token kept (default 2). */
  minLength?: number
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu
const HAS_DIGIT = /\d/
const COMBINING = /\p{M}+/gu
const stemCache = new Map<string, string>()

function cachedStem(word: string): string {
  let s = stemCache.get(word)
  if (s === undefined) {
    s = stem(word)
    // bounded: the cache is a speed-up, not a vocabulary
    if (stemCache.size >= 200_000) stemCache.clear()
    stemCache.set(word, s)
  }
  return s
}

/** Lower-cased, accent-folded text with typographic apostrophes made plain. */
export function normalizeText(text: string): string {
  let s = text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'")
  // only pay for Unicode normalisation when there is something outside ASCII
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(s)) s = s.normalize("NFKD").replace(COMBINING, "")
  return s
}

/** The index terms of a text, in order, duplicates kept (term frequency counts them). */
export function tokenize(text: string, options: TokenizerOptions = {}): string[] {
  const stops = options.stopWords ?? ENGLISH_STOP_WORDS
  const doStem = options.stem ?? true
  const minLength = options.minLength ?? 2
  const out: string[] = []
  for (const m of normalizeText(text).matchAll(WORD)) {
    let w = m[0]
    if (stops.has(w)) continue
    if (w.endsWith("'s")) w = w.slice(0, -2)
    if (w.includes("'")) {
      w = w.replace(/'/g, "")
      if (stops.has(w)) continue
    }
    if (w.length < minLength) continue
    if (HAS_DIGIT.test(w)) {
      if (w.length <= 4) out.push(w)
      continue
    }
    out.push(doStem ? cachedStem(w) : w)
  }
  return out
}

/**
 * Like tokenize, but also returns the most frequent surface word behind each stem, so a topic labelled by stems
 * ("deliveri", "damag") can be shown as words ("delivery", "damaged").
 */
export function tokenizeWithSurface(text: string, surface: Map<string, Map<string, number>>, options: TokenizerOptions = {}): string[] {
  const terms = tokenize(text, { ...options, stem: false })
  if (options.stem === false) return terms
  return terms.map((w) => {
    if (HAS_DIGIT.test(w)) return w
    const s = cachedStem(w)
    let forms = surface.get(s)
    if (!forms) surface.set(s, (forms = new Map()))
    forms.set(w, (forms.get(w) ?? 0) + 1)
    return s
  })
}
