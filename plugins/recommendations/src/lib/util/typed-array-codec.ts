/**
 * Typed arrays as base64 strings, so a trained model can be stored as one JSON document (a Postgres jsonb column or
 * a file) without turning 100,000 floats into 100,000 JSON numbers. Little-endian, as every platform we run on.
 */

export function encodeFloat32(a: Float32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64")
}

export function decodeFloat32(s: string): Float32Array {
  const b = Buffer.from(s, "base64")
  // copy into an aligned buffer: Buffer's pool offset need not be a multiple of 4
  const out = new Float32Array(b.byteLength / 4)
  new Uint8Array(out.buffer).set(b)
  return out
}

export function encodeInt32(a: Int32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64")
}

export function decodeInt32(s: string): Int32Array {
  const b = Buffer.from(s, "base64")
  const out = new Int32Array(b.byteLength / 4)
  new Uint8Array(out.buffer).set(b)
  return out
}
