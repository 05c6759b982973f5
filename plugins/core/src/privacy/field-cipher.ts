import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto"

/**
 * Encryption at rest for customer-identifying fields in Finesse tables (AES-256-GCM, a fresh 96-bit nonce per value)
 * and keyed hashes (HMAC-SHA-256) for identifiers that are matched but never shown (an e-mail for velocity counts,
 * an IP). Two keys are derived from one master key with HKDF, so a hash never reveals the encryption key.
 * Values look like `fpe1:<base64 nonce|tag|ciphertext>`; the prefix versions the format.
 */
export type FieldCipher = {
  encrypt(plain: string): string
  /** The plaintext of `encrypt`'s output; a value without the prefix (written before encryption) is returned as is. */
  decrypt(value: string): string
  /** A keyed hash (hex) for matching, e.g. the same e-mail across orders. */
  hash(value: string): string
  isEncrypted(value: string): boolean
}

const PREFIX = "fpe1:"

/** The master key from configuration: 32 bytes as hex or base64, or any longer passphrase. */
export function parseMasterKey(raw: string): Buffer {
  const s = raw.trim()
  if (/^[0-9a-f]{64}$/i.test(s)) return Buffer.from(s, "hex")
  const b = Buffer.from(s, "base64")
  if (b.length === 32 && /^[A-Za-z0-9+/=_-]+$/.test(s)) return b
  if (s.length < 16) throw new Error("the Finesse privacy key must be 32 bytes (hex or base64) or a passphrase of at least 16 characters")
  return Buffer.from(s, "utf8")
}

export function createFieldCipher(masterKey: Buffer): FieldCipher {
  const derive = (info: string) => Buffer.from(hkdfSync("sha256", masterKey, Buffer.from("finesse"), Buffer.from(info), 32))
  const encKey = derive("finesse field encryption v1")
  const macKey = derive("finesse identifier hash v1")
  return {
    encrypt(plain) {
      const iv = randomBytes(12)
      const c = createCipheriv("aes-256-gcm", encKey, iv)
      const ct = Buffer.concat([c.update(plain, "utf8"), c.final()])
      return PREFIX + Buffer.concat([iv, c.getAuthTag(), ct]).toString("base64")
    },
    decrypt(value) {
      if (!value.startsWith(PREFIX)) return value
      const raw = Buffer.from(value.slice(PREFIX.length), "base64")
      const d = createDecipheriv("aes-256-gcm", encKey, raw.subarray(0, 12))
      d.setAuthTag(raw.subarray(12, 28))
      return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8")
    },
    hash(value) {
      return createHmac("sha256", macKey).update(value).digest("hex")
    },
    isEncrypted(value) {
      return value.startsWith(PREFIX)
    },
  }
}
