/**
 * Media uploads through the Local API with access enforced, on a real SQLite database and a
 * temporary media folder: only real images get in, alt text and patient consent are enforced.
 */
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Role } from '../../src/access/roles'
import type { Media } from '../../src/payload-types'
import { bootPayload, type TestPayload } from '../helpers/payload'

type Who = Role | 'anonymous'
type Format = 'png' | 'jpeg' | 'webp' | 'avif'

const NOT_AN_IMAGE = 'not a JPEG, PNG, WebP or AVIF'
const WIDTH = 64
const HEIGHT = 48

let t: TestPayload
let payload: Payload
let mediaDir: string
let counter = 0

const image = (format: Format): Promise<Buffer> =>
  sharp({
    create: { width: WIDTH, height: HEIGHT, channels: 3, background: { r: 180, g: 120, b: 90 } },
  })
    .toFormat(format)
    .toBuffer()

/** A PNG chunk: length, type, data and the CRC over type and data. */
const pngChunk = (type: string, data: Buffer): Buffer => {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/** A PNG that declares its size in its header, with almost no pixel data: cheap at any size. */
const pngHeaderOnly = (width: number, height: number): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, default compression, filter and no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.alloc(16))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

const fileOf = (data: Buffer, name: string, mimetype: string) => ({
  data,
  mimetype,
  name,
  size: data.length,
})

const as = (who: Who) => ({
  overrideAccess: false,
  user: who === 'anonymous' ? undefined : t.users[who],
})

const upload = (
  who: Who,
  file: ReturnType<typeof fileOf>,
  data: Partial<Media> = { alt: `Alt text ${(counter += 1)}` },
) => payload.create({ collection: 'media', data: data as Media, file, ...as(who) })

const countByAlt = async (alt: string): Promise<number> =>
  (await payload.count({ collection: 'media', where: { alt: { equals: alt } } })).totalDocs

const filesOnDisk = (): string[] => (existsSync(mediaDir) ? readdirSync(mediaDir).sort() : [])

const rejectionOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => null,
    (error: unknown) => error,
  )

const HTML = Buffer.from(
  '<!DOCTYPE html><html><body><script>fetch("/api/users/me")</script></body></html>',
)
const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
)

let png: Buffer

beforeAll(async () => {
  t = await bootPayload('media')
  payload = t.payload
  mediaDir = process.env.MEDIA_DIR as string
  png = await image('png')
}, 180_000)

afterAll(async () => {
  await t?.close()
})

describe('uploading images', () => {
  it('stores a real PNG with its dimensions, into the media folder', async () => {
    const doc = await upload('author', fileOf(png, 'x.png', 'image/png'), {
      alt: 'A small test picture',
    })
    expect(doc).toMatchObject({
      alt: 'A small test picture',
      mimeType: 'image/png',
      width: WIDTH,
      height: HEIGHT,
      filesize: png.length,
      isPatientPhoto: false,
    })
    expect(doc.filename).toMatch(/\.png$/)
    expect(existsSync(path.join(mediaDir, doc.filename as string))).toBe(true)
    const stored = await payload.findByID({ collection: 'media', id: doc.id })
    expect(stored).toMatchObject({ width: WIDTH, height: HEIGHT, alt: 'A small test picture' })
  })

  it.each([
    ['jpeg', 'image/jpeg', 'x.jpg'],
    ['webp', 'image/webp', 'x.webp'],
    ['avif', 'image/avif', 'x.avif'],
  ] as const)('stores a real %s', async (format, mimetype, name) => {
    const data = await image(format)
    const doc = await upload('editor', fileOf(data, name, mimetype))
    expect(doc).toMatchObject({ mimeType: mimetype, width: WIDTH, height: HEIGHT })
    expect(existsSync(path.join(mediaDir, doc.filename as string))).toBe(true)
  })
})

describe('refusing what is not an image', () => {
  it.each([
    ['an HTML page named x.png, declared image/png', fileOf(HTML, 'x.png', 'image/png')],
    ['an SVG named x.png, declared image/png', fileOf(SVG, 'x.png', 'image/png')],
    ['an SVG named x.svg, declared image/svg+xml', fileOf(SVG, 'x.svg', 'image/svg+xml')],
    ['an HTML page named x.html, declared text/html', fileOf(HTML, 'x.html', 'text/html')],
    ['an empty file named x.png', fileOf(Buffer.alloc(0), 'x.png', 'image/png')],
  ])('refuses %s with a 400 and stores nothing', async (_label, file) => {
    const alt = `refused ${(counter += 1)}`
    const before = filesOnDisk()
    const error = await rejectionOf(upload('editor', file, { alt }))
    expect(error).toMatchObject({ status: 400 })
    expect((error as Error).message).toContain(NOT_AN_IMAGE)
    expect(await countByAlt(alt)).toBe(0)
    expect(filesOnDisk()).toEqual(before)
  })

  it('refuses a PNG header followed by HTML with a 400, not a server error', async () => {
    const polyglot = Buffer.concat([png.subarray(0, 16), HTML])
    const alt = `polyglot ${(counter += 1)}`
    const before = filesOnDisk()
    const error = await rejectionOf(
      upload('editor', fileOf(polyglot, 'x.png', 'image/png'), { alt }),
    )
    expect(error).toMatchObject({ status: 400 })
    expect(await countByAlt(alt)).toBe(0)
    expect(filesOnDisk()).toEqual(before)
  })

  it('refuses a 16000x16000 image with a 400 that gives the size and the limit', async () => {
    const alt = `huge ${(counter += 1)}`
    const before = filesOnDisk()
    const error = await rejectionOf(
      upload('editor', fileOf(pngHeaderOnly(16_000, 16_000), 'huge.png', 'image/png'), { alt }),
    )
    expect(error).toMatchObject({ status: 400 })
    expect((error as Error).message).toBe(
      'The image is 16000x16000 pixels (256.0 megapixels); upload at most 50 megapixels.',
    )
    expect(await countByAlt(alt)).toBe(0)
    expect(filesOnDisk()).toEqual(before)
  })

  it('never fetches a url given on create', async () => {
    const alt = `by url ${(counter += 1)}`
    const error = await rejectionOf(
      payload.create({
        collection: 'media',
        data: { alt, url: 'https://images.example/x.png', filename: 'x.png' } as Media,
        ...as('editor'),
      }),
    )
    expect((error as Error).message).toContain(
      'Media is uploaded as a file: send the image itself, not a "url" to fetch it from.',
    )
    expect(await countByAlt(alt)).toBe(0)
  })

  it('refuses to replace an image with an HTML file, and keeps the image', async () => {
    const doc = await upload('author', fileOf(png, 'keep.png', 'image/png'))
    const error = await rejectionOf(
      payload.update({
        collection: 'media',
        id: doc.id,
        data: {},
        file: fileOf(HTML, 'keep.png', 'image/png'),
        ...as('author'),
      }),
    )
    expect((error as Error | null)?.message).toContain(NOT_AN_IMAGE)
    const stored = await payload.findByID({ collection: 'media', id: doc.id })
    expect(stored).toMatchObject({ filename: doc.filename, mimeType: 'image/png', width: WIDTH })
  })
})

describe('required information', () => {
  it('refuses an upload without alt text, with a ValidationError on alt', async () => {
    const before = filesOnDisk()
    const error = await rejectionOf(upload('editor', fileOf(png, 'x.png', 'image/png'), {}))
    expect(error).toMatchObject({ name: 'ValidationError', status: 400 })
    expect((error as { data: { errors: { path: string }[] } }).data.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'alt' })]),
    )
    expect(filesOnDisk()).toEqual(before)
  })

  it('refuses a patient photo without recorded consent, saying so', async () => {
    const alt = 'Before and after, no consent'
    const error = await rejectionOf(
      upload('editor', fileOf(png, 'patient.png', 'image/png'), { alt, isPatientPhoto: true }),
    )
    expect(error).toMatchObject({ name: 'ValidationError', status: 400 })
    const errors = (error as { data: { errors: { path: string; message: string }[] } }).data.errors
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'patientConsent',
          message: expect.stringMatching(/consent/i),
        }),
      ]),
    )
    expect(await countByAlt(alt)).toBe(0)
  })

  it('stores a patient photo with consent, and refuses withdrawing the consent later', async () => {
    const doc = await upload('author', fileOf(png, 'patient.png', 'image/png'), {
      alt: 'Before and after, with consent',
      isPatientPhoto: true,
      patientConsent: true,
    })
    expect(doc).toMatchObject({ isPatientPhoto: true, patientConsent: true })

    const error = await rejectionOf(
      payload.update({
        collection: 'media',
        id: doc.id,
        data: { patientConsent: false },
        ...as('author'),
      }),
    )
    expect(error).toMatchObject({ name: 'ValidationError' })
    const stored = await payload.findByID({ collection: 'media', id: doc.id })
    expect(stored.patientConsent).toBe(true)
  })
})

describe('media access', () => {
  let shared: Media

  beforeAll(async () => {
    shared = await payload.create({
      collection: 'media',
      data: { alt: 'Shared picture' },
      file: fileOf(png, 'shared.png', 'image/png'),
    })
  })

  it.each(['anonymous', 'admin', 'editor', 'reviewer', 'author'] as Who[])(
    '%s can read media',
    async (who) => {
      const doc = await payload.findByID({ collection: 'media', id: shared.id, ...as(who) })
      expect(doc.alt).toBe('Shared picture')
      const { docs } = await payload.find({ collection: 'media', limit: 100, ...as(who) })
      expect(docs.map((d) => d.id)).toContain(shared.id)
    },
  )

  it.each(['admin', 'editor', 'author'] as Who[])('%s can upload and edit', async (who) => {
    const doc = await upload(who, fileOf(png, 'x.png', 'image/png'))
    const updated = await payload.update({
      collection: 'media',
      id: doc.id,
      data: { credit: `Photo: ${who}` },
      ...as(who),
    })
    expect(updated.credit).toBe(`Photo: ${who}`)
  })

  it.each(['reviewer', 'anonymous'] as Who[])('%s cannot upload or edit', async (who) => {
    const alt = `by ${who}`
    const before = filesOnDisk()
    await expect(upload(who, fileOf(png, 'x.png', 'image/png'), { alt })).rejects.toMatchObject({
      name: 'Forbidden',
      status: 403,
    })
    expect(await countByAlt(alt)).toBe(0)
    expect(filesOnDisk()).toEqual(before)
    await expect(
      payload.update({ collection: 'media', id: shared.id, data: { alt: 'hijacked' }, ...as(who) }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
    expect((await payload.findByID({ collection: 'media', id: shared.id })).alt).toBe(
      'Shared picture',
    )
  })

  it.each(['admin', 'editor'] as Who[])('%s can delete, which removes the file', async (who) => {
    const doc = await upload('author', fileOf(png, 'x.png', 'image/png'))
    const file = path.join(mediaDir, doc.filename as string)
    expect(existsSync(file)).toBe(true)
    await payload.delete({ collection: 'media', id: doc.id, ...as(who) })
    const { totalDocs } = await payload.count({
      collection: 'media',
      where: { id: { equals: doc.id } },
    })
    expect(totalDocs).toBe(0)
    expect(existsSync(file)).toBe(false)
  })

  it.each(['author', 'reviewer', 'anonymous'] as Who[])('%s cannot delete', async (who) => {
    await expect(
      payload.delete({ collection: 'media', id: shared.id, ...as(who) }),
    ).rejects.toMatchObject({ name: 'Forbidden', status: 403 })
    expect(existsSync(path.join(mediaDir, shared.filename as string))).toBe(true)
    expect((await payload.findByID({ collection: 'media', id: shared.id })).alt).toBe(
      'Shared picture',
    )
  })
})
