/**
 * The pure parts of rich text as HTML: the link policy, front-end addresses, excerpts, which
 * documents a body refers to, the select a request needs, and the HTML itself from documents
 * already loaded (the int test covers loading them as the reader).
 */
import { excerpt, richTextExcerpt } from '../../src/richText/excerpt'
import { frontendUrl, type FrontendLinks } from '../../src/richText/frontendLinks'
import { safeHref } from '../../src/richText/linkPolicy'
import { collectReferences } from '../../src/richText/references'
import { selectWithSources } from '../../src/richText/select'
import { richTextToHtml } from '../../src/richText/toHtml'
import {
  attributedExpert,
  expertQuoteView,
  imageView,
  linkTargetView,
  NO_REFERENCES,
  type ExpertQuoteView,
  type RenderedReferences,
} from '../../src/richText/views'
import { DEFAULT_FRONTEND_PATHS } from '../../src/settings'

const LINKS: FrontendLinks = { origin: '', paths: DEFAULT_FRONTEND_PATHS }

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: object[]) => ({
  type: 'paragraph',
  children,
  format: '',
  indent: 0,
})
const root = (...children: object[]) => ({ root: { type: 'root', children } })
const quoteNode = (quote: unknown) => ({
  type: 'inlineBlock',
  fields: { id: 'block', blockType: 'expertQuote', blockName: '', quote },
})
const link = (fields: object, ...children: object[]) => ({
  type: 'link',
  fields,
  children: children.length ? children : [text('the link')],
})

const QUOTE: ExpertQuoteView = {
  statement: 'Sunscreen helps.',
  kind: 'direct',
  expertName: 'Dr Ada',
  expertCredentials: 'MD',
  expertUrl: '/experts/ada',
}
const QUOTE_HTML =
  '<blockquote class="expert-quote" data-kind="direct"><p>Sunscreen helps.</p>' +
  '<footer><a href="/experts/ada">Dr Ada</a>, MD</footer></blockquote>'

const withQuote = (quote: ExpertQuoteView = QUOTE): RenderedReferences => ({
  ...NO_REFERENCES,
  quotes: new Map([['q1', quote]]),
})

const html = (state: object, references: RenderedReferences = NO_REFERENCES) =>
  richTextToHtml(state, references)

describe('safeHref: the link policy', () => {
  it.each([
    'https://example.org/a?b=c#d',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:editor@example.org',
    '/articles/boxcar',
    'boxcar',
    '?page=2',
    '#section',
    '//cdn.example.org/x',
  ])('allows %j', (url) => {
    expect(safeHref(url)).toBe(url)
  })

  it('trims surrounding spaces', () => {
    expect(safeHref('  https://example.org  ')).toBe('https://example.org')
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '',
    '   ',
  ])('refuses %j', (url) => {
    expect(safeHref(url)).toBeNull()
  })

  it.each([null, undefined, 42, { href: '/x' }])('refuses the non-string %j', (value) => {
    expect(safeHref(value)).toBeNull()
  })
})

describe('frontendUrl', () => {
  it('fills the slug into the collection pattern, root-relative without an origin', () => {
    expect(frontendUrl(LINKS, 'articles', { id: 'a1', slug: 'boxcar-scars' })).toBe(
      '/articles/boxcar-scars',
    )
  })

  it('puts the origin first and fills {id}', () => {
    const links = { origin: 'https://www.example.org', paths: { experts: '/people/{id}/{slug}' } }
    expect(frontendUrl(links, 'experts', { id: 'e 1', slug: 'ada' })).toBe(
      'https://www.example.org/people/e%201/ada',
    )
  })

  it('URL-encodes the slug so it stays one path segment', () => {
    expect(frontendUrl(LINKS, 'articles', { id: 'a1', slug: 'a b/../c?"' })).toBe(
      '/articles/a%20b%2F..%2Fc%3F%22',
    )
  })

  it('gives no address without a pattern for the collection, or without the slug it needs', () => {
    expect(frontendUrl(LINKS, 'media', { id: 'm1', slug: 'x' })).toBeNull()
    expect(frontendUrl(LINKS, 'articles', { id: 'a1' })).toBeNull()
    expect(frontendUrl(LINKS, 'articles', { id: 'a1', slug: '' })).toBeNull()
  })
})

describe('excerpt', () => {
  it('keeps a short text whole, with its whitespace collapsed', () => {
    expect(excerpt('  One  line.\n\nAnother\tline. ', 50)).toBe('One line. Another line.')
  })

  it('cuts at the last whole word that fits and adds an ellipsis', () => {
    expect(excerpt('The quick brown fox jumps over the lazy dog', 18)).toBe('The quick brown…')
  })

  it('keeps a word that ends exactly at the limit', () => {
    expect(excerpt('The quick brown fox jumps', 15)).toBe('The quick brown…')
  })

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(excerpt('Scars, like wounds, heal slowly', 13)).toBe('Scars, like…')
  })

  it('cuts inside a word only when no boundary comes near the limit', () => {
    expect(excerpt('Pneumonoultramicroscopicsilicovolcanoconiosis is long', 10)).toBe('Pneumonoul…')
  })

  it('counts characters, not UTF-16 units, and never splits one', () => {
    expect(excerpt('😀😀😀😀😀 done', 3)).toBe('😀😀😀…')
  })

  it('of rich text: the words of the document, not the quotes placed in it', () => {
    const state = root(
      { type: 'heading', tag: 'h2', children: [text('Boxcar scars')] },
      paragraph(text('Wide, '), text('sharp', 1), text(' edges.')),
      paragraph(quoteNode('q1')),
    )
    expect(richTextExcerpt(state, 200)).toBe('Boxcar scars Wide, sharp edges.')
    expect(richTextExcerpt(null)).toBeNull()
    expect(richTextExcerpt(root(paragraph()))).toBeNull()
  })
})

describe('collectReferences', () => {
  it('finds quotes, internal link and relationship targets and uploads, each once', () => {
    const state = root(
      paragraph(quoteNode('q1'), quoteNode({ id: 'q2', statement: 'populated' }), quoteNode('q1')),
      paragraph(
        link({ linkType: 'internal', doc: { relationTo: 'articles', value: 'a1' } }),
        link({ linkType: 'internal', doc: { relationTo: 'articles', value: { id: 'a1' } } }),
        link({ linkType: 'custom', url: 'https://example.org' }),
      ),
      { type: 'relationship', relationTo: 'treatments', value: 't1' },
      { type: 'upload', relationTo: 'media', value: { id: 'm1' } },
      { type: 'upload', relationTo: 'media', value: null },
    )
    expect(collectReferences([state as never])).toEqual({
      quotes: ['q1', 'q2'],
      documents: [
        { collection: 'articles', id: 'a1' },
        { collection: 'treatments', id: 't1' },
      ],
      uploads: [{ collection: 'media', id: 'm1' }],
    })
  })
})

describe('selectWithSources', () => {
  const outputs = { bodyHtml: 'body', bodyExcerpt: 'body' }

  it('reads the rich text for a selected output, and says it was added', () => {
    expect(selectWithSources({ title: true, bodyExcerpt: true }, outputs)).toEqual({
      select: { title: true, bodyExcerpt: true, body: true },
      added: ['body'],
    })
  })

  it('adds nothing when the rich text is selected too, or no output is', () => {
    const both = { bodyHtml: true, body: true }
    expect(selectWithSources(both, outputs)).toEqual({ select: both, added: [] })
    const neither = { title: true }
    expect(selectWithSources(neither, outputs)).toEqual({ select: neither, added: [] })
  })

  it('excluding the rich text still reads it while an output is wanted', () => {
    expect(selectWithSources({ body: false, summary: false }, outputs)).toEqual({
      select: { summary: false },
      added: ['body'],
    })
    const all = { body: false, bodyHtml: false, bodyExcerpt: false }
    expect(selectWithSources(all, outputs)).toEqual({ select: all, added: [] })
  })
})

describe('views of loaded documents', () => {
  const expert = { id: 'e1', name: 'Dr Ada', credentials: 'MD', slug: 'ada' }

  it('a quote needs a statement and a populated, named expert', () => {
    expect(expertQuoteView({ id: 'q1', statement: ' Hi ', kind: 'odd', expert }, LINKS)).toEqual({
      statement: 'Hi',
      kind: 'paraphrase',
      expertName: 'Dr Ada',
      expertCredentials: 'MD',
      expertUrl: '/experts/ada',
    })
    expect(expertQuoteView({ id: 'q1', statement: 'Hi', expert: 'e1' }, LINKS)).toBeNull()
    expect(expertQuoteView({ id: 'q1', statement: '', expert }, LINKS)).toBeNull()
    expect(expertQuoteView({ id: 'q1', statement: 'Hi', expert: { id: 'e1' } }, LINKS)).toBeNull()
  })

  it('a quote names its expert by the attribution it carries, unless it has none or no expert', () => {
    const attribution = { name: 'Dr Ada', credentials: 'MD', slug: 'ada' }
    expect(attributedExpert({ id: 'q1', expert: 'e1', attribution })).toEqual({
      id: 'e1',
      ...attribution,
    })
    // Saved before quotes carried one: the expert is loaded instead.
    expect(attributedExpert({ id: 'q1', expert: 'e1' })).toBeNull()
    expect(attributedExpert({ id: 'q1', expert: 'e1', attribution: { name: ' ' } })).toBeNull()
    // The relationship is the truth: no expert, no attribution.
    expect(attributedExpert({ id: 'q1', expert: null, attribution })).toBeNull()
  })

  it('a link target needs a page on the front end', () => {
    expect(linkTargetView('articles', { id: 'a1', slug: 'x', title: 'X' }, LINKS)).toEqual({
      url: '/articles/x',
      label: 'X',
    })
    expect(linkTargetView('media', { id: 'm1', slug: 'x' }, LINKS)).toBeNull()
  })

  it('an image needs an image type and a safe address; sizes become a srcset', () => {
    const media = {
      id: 'm1',
      url: '/api/media/file/a.png',
      mimeType: 'image/png',
      alt: 'Alt',
      width: 2000,
      height: 1000,
      sizes: {
        thumbnail: { url: '/api/media/file/a-400.png', width: 400 },
        card: { url: null, width: null },
      },
    }
    expect(imageView(media)).toEqual({
      src: '/api/media/file/a.png',
      alt: 'Alt',
      width: 2000,
      height: 1000,
      srcset: '/api/media/file/a-400.png 400w, /api/media/file/a.png 2000w',
    })
    expect(imageView({ ...media, mimeType: 'application/pdf' })).toBeNull()
    expect(imageView({ ...media, url: 'javascript:alert(1)' })).toBeNull()
  })
})

describe('richTextToHtml', () => {
  it('is null for anything but rich text', () => {
    expect(html(null as never)).toBeNull()
    expect(html({ root: { children: 'x' } })).toBeNull()
  })

  it('escapes text and keeps formatting', () => {
    expect(html(root(paragraph(text('<script>alert("x")</script> & '), text('bold', 1))))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <strong>bold</strong></p>',
    )
  })

  it('takes tags, classes and styles only from fixed lists, whatever the JSON says', () => {
    const hostile = root(
      { type: 'heading', tag: 'script', children: [text('h')] },
      { type: 'heading', tag: 'h2 onclick="x"', children: [text('h')] },
      {
        type: 'list',
        tag: 'ul onclick="x"',
        listType: 'bullet" onclick="x',
        children: [{ type: 'listitem', value: '1" onclick="x', children: [text('i')] }],
      },
      { type: 'paragraph', format: 'center" onclick="x', indent: '1" onclick="x', children: [] },
      { type: 'html', html: '<img src=x onerror=alert(1)>' },
    )
    const out = html(hostile)!
    // Outside quoted attribute values (whose quotes are escaped) nothing of the attack is left.
    expect(out.replace(/"[^"]*"/g, '""')).not.toMatch(/onclick|onerror|<script|<img/)
    expect(out).toContain('<h1>h</h1><h1>h</h1>')
    expect(out).toContain('value="1&quot; onclick=&quot;x"')
  })

  it('renders a node type it does not know as its children, and an unknown inline block as nothing', () => {
    const state = root(
      { type: 'mystery', children: [paragraph(text('kept'))] },
      paragraph(text('a'), { type: 'inlineBlock', fields: { blockType: 'poll' } }, text('b')),
    )
    expect(html(state)).toBe('<p>kept</p><p>ab</p>')
  })

  describe('links', () => {
    it('keeps safe addresses, opens new tabs without an opener', () => {
      const state = root(
        paragraph(
          link({ linkType: 'custom', url: 'https://example.org/?a=1&b="2"' }),
          link({ linkType: 'custom', url: 'mailto:x@example.org', newTab: true }, text('mail')),
        ),
      )
      expect(html(state)).toBe(
        '<p><a href="https://example.org/?a=1&amp;b=&quot;2&quot;">the link</a>' +
          '<a href="mailto:x@example.org" target="_blank" rel="noopener noreferrer">mail</a></p>',
      )
    })

    it('shows only the text of a link to an unsafe address', () => {
      const state = root(
        paragraph(link({ linkType: 'custom', url: 'javascript:alert(1)' }), {
          type: 'autolink',
          fields: { url: 'data:text/html,x' },
          children: [text(' auto')],
        }),
      )
      expect(html(state)).toBe('<p>the link auto</p>')
    })

    it('points an internal link at the front-end page of a document the reader may see', () => {
      const references: RenderedReferences = {
        ...NO_REFERENCES,
        targets: new Map([['articles:a1', { url: '/articles/x', label: 'X' }]]),
      }
      const state = root(
        paragraph(
          link({ linkType: 'internal', doc: { relationTo: 'articles', value: 'a1' } }),
          text(' / '),
          link({ linkType: 'internal', doc: { relationTo: 'articles', value: 'hidden' } }),
        ),
        { type: 'relationship', relationTo: 'articles', value: { id: 'a1' } },
        { type: 'relationship', relationTo: 'articles', value: 'hidden' },
      )
      expect(html(state, references)).toBe(
        '<p><a href="/articles/x">the link</a> / the link</p><p><a href="/articles/x">X</a></p>',
      )
    })
  })

  describe('expert quotes', () => {
    it('a paragraph holding only a quote becomes the blockquote alone', () => {
      expect(html(root(paragraph(quoteNode('q1'))), withQuote())).toBe(QUOTE_HTML)
    })

    it('text around a quote stays in paragraphs before and after it', () => {
      const state = root(paragraph(text('Before '), quoteNode({ id: 'q1' }), text(' after')))
      expect(html(state, withQuote())).toBe(`<p>Before </p>${QUOTE_HTML}<p> after</p>`)
    })

    it('a quote the reader may not see renders nothing', () => {
      expect(html(root(paragraph(text('A')), paragraph(quoteNode('draft'))), withQuote())).toBe(
        '<p>A</p>',
      )
    })

    it('escapes the statement and attribution; paragraphs and line breaks survive', () => {
      const quote: ExpertQuoteView = {
        statement: 'One <b>\nline.\n\nTwo & "three".',
        kind: 'paraphrase',
        expertName: 'Dr <i>',
        expertCredentials: null,
        expertUrl: null,
      }
      expect(html(root(paragraph(quoteNode('q1'))), withQuote(quote))).toBe(
        '<blockquote class="expert-quote" data-kind="paraphrase"><p>One &lt;b&gt;<br />line.</p>' +
          '<p>Two &amp; &quot;three&quot;.</p><footer>Dr &lt;i&gt;</footer></blockquote>',
      )
    })
  })

  it('shows an image the reader may see, with its sizes and the alt text', () => {
    const references: RenderedReferences = {
      ...NO_REFERENCES,
      images: new Map([
        [
          'media:m1',
          {
            src: '/m.png',
            alt: 'A "scar"',
            width: 800,
            height: 600,
            srcset: '/s.png 400w, /m.png 800w',
          },
        ],
      ]),
    }
    const state = root(
      { type: 'upload', relationTo: 'media', value: 'm1' },
      { type: 'upload', relationTo: 'media', value: 'hidden' },
    )
    expect(html(state, references)).toBe(
      '<img src="/m.png" srcset="/s.png 400w, /m.png 800w" alt="A &quot;scar&quot;" width="800" height="600" loading="lazy" />',
    )
  })
})
