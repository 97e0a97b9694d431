import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { detectImageType } from '../utilities/imageSignature'

export const NOT_AN_IMAGE_MESSAGE =
  'The uploaded file is not a JPEG, PNG, WebP or AVIF image (checked by its content, not its name).'

/** Refuses any upload whose bytes are not one of the allowed image formats. */
export const rejectNonImageUploads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  if (!file.data?.length || !detectImageType(file.data)) {
    throw new APIError(NOT_AN_IMAGE_MESSAGE, 400, null, true)
  }
  return args
}
