import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { detectImageType } from '../utilities/imageSignature'
import { imageSizeProblem, isOwnMediaFileUrl, MEDIA_URL_REFUSED } from '../utilities/mediaRules'

export const NOT_AN_IMAGE_MESSAGE =
  'The uploaded file is not a JPEG, PNG, WebP or AVIF image (checked by its content, not its name).'

const badRequest = (message: string) => new APIError(message, 400, null, true)

/**
 * Payload calls this just before it would fetch a media file from a URL a client gave (GraphQL
 * and Local API creates reach it; REST is refused earlier). Throwing here means the server never
 * makes that request.
 */
export const neverFetchMediaUrls = (): Record<string, string> => {
  throw new APIError(MEDIA_URL_REFUSED, 400, null, true)
}

/**
 * Before a media create or update: refuses a `url` the server would fetch, any upload whose bytes
 * are not one of the allowed image formats, and images above the pixel limit (read from the
 * header, without decoding the picture).
 */
export const rejectNonImageUploads: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Payload takes `url` out of the operation's data before this hook runs (keeping it aside to
  // fetch), so the body as sent (REST and the admin) is read too.
  const url =
    (args.data as { url?: unknown } | undefined)?.url ??
    (req.data as { url?: unknown } | undefined)?.url
  if (url !== undefined && url !== null && url !== '') {
    const unchanged =
      operation === 'update' &&
      typeof url === 'string' &&
      isOwnMediaFileUrl(url, req.payload.config.serverURL)
    if (!unchanged) throw badRequest(MEDIA_URL_REFUSED)
  }
  const file = req.file
  if (!file) return args
  if (!file.data?.length || !detectImageType(file.data)) throw badRequest(NOT_AN_IMAGE_MESSAGE)
  const { width, height } = await sharp(file.data)
    .metadata()
    .catch(() => ({ width: undefined, height: undefined }))
  if (!width || !height) throw badRequest(NOT_AN_IMAGE_MESSAGE)
  const tooLarge = imageSizeProblem(width, height)
  if (tooLarge) throw badRequest(tooLarge)
  return args
}
