import type { CollectionConfig } from 'payload'

import { anyone, hasRole } from '../src/access'
import { announcePublicDeletion, announcePublicSave } from '../src/hooks/announceContentChanges'
import { capApiPaging } from '../src/hooks/capApiPaging'
import { neverFetchMediaUrls, rejectNonImageUploads } from '../src/hooks/rejectNonImageUploads'
import { readSettings } from '../src/settings'
import { ALLOWED_IMAGE_TYPES } from '../src/utilities/imageSignature'

export const MEDIA_DIR = readSettings().mediaDir

export const Media: CollectionConfig = {
  slug: 'media',
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'isPatientPhoto', 'credit'],
  },
  // What a relationship to a media item returns unless the client asks for more: enough to show
  // the image in any of its sizes.
  defaultPopulate: {
    url: true,
    filename: true,
    mimeType: true,
    width: true,
    height: true,
    alt: true,
    credit: true,
    sizes: true,
  },
  access: {
    read: anyone,
    create: hasRole('admin', 'editor', 'author'),
    update: hasRole('admin', 'editor', 'author'),
    delete: hasRole('admin', 'editor'),
  },
  hooks: {
    beforeOperation: [rejectNonImageUploads, capApiPaging],
    afterChange: [announcePublicSave],
    afterDelete: [announcePublicDeletion],
  },
  upload: {
    staticDir: MEDIA_DIR,
    mimeTypes: [...ALLOWED_IMAGE_TYPES],
    pasteURL: false,
    externalFileHeaderFilter: neverFetchMediaUrls,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 1024 },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'Describe the image for people who cannot see it.' },
    },
    {
      name: 'credit',
      type: 'text',
    },
    {
      name: 'isPatientPhoto',
      type: 'checkbox',
      label: 'Shows a patient (e.g. a before/after photo)',
      defaultValue: false,
    },
    {
      name: 'patientConsent',
      type: 'checkbox',
      label: 'The patient gave written consent to publish this photo',
      defaultValue: false,
      validate: (value: boolean | null | undefined, { siblingData }: { siblingData: unknown }) => {
        const data = siblingData as { isPatientPhoto?: boolean }
        return !data?.isPatientPhoto || value === true || 'Patient photos need recorded consent.'
      },
    },
  ],
}
