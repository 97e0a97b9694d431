export type ImageMimeType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif'

export const ALLOWED_IMAGE_TYPES: readonly ImageMimeType[] = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
]

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length &&
  signature.every((byte, index) => bytes[offset + index] === byte)

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0))

/**
 * Reads the image type from the file's first bytes, ignoring its name and declared type, so a
 * script or SVG renamed to `.png` is not accepted as a picture. Returns null for anything else.
 */
export const detectImageType = (bytes: Uint8Array): ImageMimeType | null => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp'
  if (
    startsWith(bytes, ascii('ftyp'), 4) &&
    (startsWith(bytes, ascii('avif'), 8) || startsWith(bytes, ascii('avis'), 8))
  ) {
    return 'image/avif'
  }
  return null
}
