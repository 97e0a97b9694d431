/** What an uploaded image may be, beyond its type (see imageSignature.ts). */

/** Larger pictures cost seconds of CPU and hundreds of megabytes to resize; no article needs them. */
export const MAX_IMAGE_MEGAPIXELS = 50

/** Why an image of this size is refused, or null when it is fine. */
export const imageSizeProblem = (width: number, height: number): string | null => {
  const megapixels = (width * height) / 1_000_000
  if (megapixels <= MAX_IMAGE_MEGAPIXELS) return null
  return `The image is ${width}x${height} pixels (${megapixels.toFixed(1)} megapixels); upload at most ${MAX_IMAGE_MEGAPIXELS} megapixels.`
}

/**
 * A media `url` is the address the server gives a stored file. A client may send it back
 * unchanged (the admin does); any other address is refused, because Payload would otherwise try
 * to fetch it from the server.
 */
export const isOwnMediaFileUrl = (url: string, serverURL: string): boolean => {
  const path = url.startsWith(`${serverURL}/`) ? url.slice(serverURL.length) : url
  return /^\/api\/media\/file\/[^/?#]+$/.test(path)
}

export const MEDIA_URL_REFUSED =
  'Media is uploaded as a file: send the image itself, not a "url" to fetch it from.'
