/**
 * Stock Payload with this CMS's content model, for `npm run bench` to compare against: the same
 * collections and content fields, the same rich-text editor and drafts, and nothing this project
 * adds on top: no hooks, no workflow or derived fields, no default population, no custom
 * endpoints or admin. Anonymous readers get published documents, as a stock project would
 * configure with an access function.
 */
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, type Field } from 'payload'

import { collections } from '../../collections'
import { workflowFields } from '../../src/fields/workflow'
import { ATTRIBUTION } from '../../src/services/quoteAttribution'

const PROJECT_FIELDS = new Set([
  ...workflowFields.map((field) => ('name' in field ? field.name : '')),
  '_status',
  // The copy of an expert's name on each quote (src/services/quoteAttribution.ts).
  ATTRIBUTION,
])

const isProjectField = (field: Field): boolean =>
  ('virtual' in field && Boolean(field.virtual)) ||
  ('hidden' in field && field.hidden === true) ||
  ('name' in field && PROJECT_FIELDS.has(field.name))

/** The content fields as Payload would store and read them, without this project's hooks. */
const stockFields = (fields: Field[]): Field[] =>
  fields
    .filter((field) => !isProjectField(field))
    .map((field) => {
      const {
        hooks: _hooks,
        access: _access,
        ...rest
      } = field as Field & {
        hooks?: unknown
        access?: unknown
      }
      const stock = { ...rest } as Record<string, unknown>
      if (Array.isArray(stock.fields)) stock.fields = stockFields(stock.fields as Field[])
      if (Array.isArray(stock.tabs)) {
        stock.tabs = (stock.tabs as { fields: Field[] }[]).map((tab) => ({
          ...tab,
          fields: stockFields(tab.fields),
        }))
      }
      if (Array.isArray(stock.blocks)) {
        stock.blocks = (stock.blocks as { fields: Field[] }[]).map((block) => ({
          ...block,
          fields: stockFields(block.fields),
        }))
      }
      return stock as Field
    })

const CONTENT = [
  'articles',
  'expert-quotes',
  'experts',
  'scar-types',
  'treatments',
  'media',
  'users',
]

const stockCollection = (collection: CollectionConfig, mediaDir: string): CollectionConfig => ({
  slug: collection.slug,
  fields: stockFields(collection.fields),
  admin: { useAsTitle: collection.admin?.useAsTitle },
  versions: collection.versions ? { drafts: true } : undefined,
  auth: collection.auth ? true : undefined,
  upload: collection.upload ? { staticDir: mediaDir } : undefined,
  indexes: collection.indexes,
  access: collection.versions
    ? { read: ({ req }) => (req.user ? true : { _status: { equals: 'published' } }) }
    : { read: () => true },
})

export const stockConfig = (databaseFile: string, mediaDir: string) =>
  buildConfig({
    secret: 'stock-payload-bench-secret-0123456789',
    collections: collections
      .filter((collection) => CONTENT.includes(collection.slug))
      .map((collection) => stockCollection(collection, mediaDir)),
    // As this CMS stores them (string ids, WAL); the content is loaded with its ids.
    db: sqliteAdapter({
      client: { url: `file:${databaseFile}` },
      idType: 'uuid',
      wal: true,
      allowIDOnCreate: true,
    }),
    editor: lexicalEditor(),
    telemetry: false,
    defaultDepth: 1,
    maxDepth: 4,
    typescript: { outputFile: path.join(path.dirname(databaseFile), 'stock-types.ts') },
  })
