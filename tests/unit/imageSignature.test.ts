import sharp from 'sharp'

import { ALLOWED_IMAGE_TYPES, detectImageType } from '../../src/utilities/imageSignature'

const FORMATS = [
  ['png', 'image/png'],
  ['jpeg', 'image/jpeg'],
  ['webp', 'image/webp'],
  ['avif', 'image/avif'],
] as const

const images = {} as Record<(typeof FORMATS)[number][0], Buffer>

beforeAll(async () => {
  for (const [format] of FORMATS) {
    images[format] = await sharp({
      create: { width: 12, height: 8, channels: 3, background: { r: 200, g: 80, b: 60 } },
    })
      .toFormat(format)
      .toBuffer()
  }
})

const text = (value: string): Buffer => Buffer.from(value, 'utf8')

describe('detectImageType', () => {
  it('allows exactly JPEG, PNG, WebP and AVIF', () => {
    expect([...ALLOWED_IMAGE_TYPES].sort()).toEqual([
      'image/avif',
      'image/jpeg',
      'image/png',
      'image/webp',
    ])
  })

  it.each(FORMATS)('recognises a real %s made by sharp as %s', (format, mimeType) => {
    expect(detectImageType(images[format])).toBe(mimeType)
  })

  it('reads a Uint8Array as well as a Buffer', () => {
    expect(detectImageType(new Uint8Array(images.png))).toBe('image/png')
  })

  it('recognises an AVIF image sequence (avis brand)', () => {
    const sequence = Buffer.from(images.avif)
    sequence.write('avis', 8, 'latin1')
    expect(detectImageType(sequence)).toBe('image/avif')
  })

  it.each([
    ['an HTML page', text('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['an SVG', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    [
      'an SVG with an XML prolog',
      text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
    ['a PDF', text('%PDF-1.7\n%âãÏÓ\n')],
    ['a GIF', text('GIF89a\x01\x00\x01\x00')],
    ['a WAV (RIFF but not WEBP)', Buffer.concat([text('RIFF'), Buffer.alloc(4), text('WAVEfmt ')])],
    ['a HEIC (ftyp but not avif)', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), text('ftypheic')])],
    ['an empty file', Buffer.alloc(0)],
    ['a PNG signature written as text', text('89504e470d0a1a0a')],
    [
      'a PNG signature preceded by a space',
      Buffer.concat([text(' '), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]),
    ],
  ])('returns null for %s', (_label, bytes) => {
    expect(detectImageType(bytes)).toBeNull()
  })

  it.each([
    ['PNG', 'png', 7],
    ['JPEG', 'jpeg', 2],
    ['WebP', 'webp', 11],
    ['AVIF', 'avif', 11],
  ] as const)('returns null for a %s header cut short at %d bytes', (_label, format, length) => {
    expect(detectImageType(images[format].subarray(0, length))).toBeNull()
    expect(detectImageType(images[format].subarray(0, length + 1))).not.toBeNull()
  })
})
