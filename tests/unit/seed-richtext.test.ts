import { parseSeedArgs } from '../../seed/args'
import { differingKeys, matchesDesired } from '../../seed/compare'
import { articles, type SeedArticleBlock } from '../../seed/data/index'
import {
  articleBodyToRichText,
  bulletListNode,
  findInlineBlocks,
  headingNode,
  paragraphsToRichText,
  stableBlockId,
  textNode,
} from '../../seed/richText'
import { movesToward, SEED_ACTOR_FOR_MOVE } from '../../seed/states'

const text = (value: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

describe('rich text builders', () => {
  test('paragraphs become a root of Lexical paragraph nodes', () => {
    expect(paragraphsToRichText(['One.', 'Two.'])).toEqual({
      root: {
        type: 'root',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        children: ['One.', 'Two.'].map((value) => ({
          type: 'paragraph',
          children: [text(value)],
          direction: 'ltr',
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          version: 1,
        })),
      },
    })
  })

  test('headings are h2 and lists are bullet lists of numbered list items', () => {
    expect(headingNode('Title')).toMatchObject({
      type: 'heading',
      tag: 'h2',
      children: [text('Title')],
    })
    const list = bulletListNode(['a', 'b'])
    expect(list).toMatchObject({
      type: 'list',
      listType: 'bullet',
      start: 1,
      tag: 'ul',
      version: 1,
    })
    expect(list.children).toEqual([
      expect.objectContaining({ type: 'listitem', value: 1, children: [text('a')] }),
      expect.objectContaining({ type: 'listitem', value: 2, children: [text('b')] }),
    ])
    expect(textNode('x')).toEqual(text('x'))
  })

  test('a quote block is a paragraph holding one expertQuote inline block', () => {
    const blocks: SeedArticleBlock[] = [
      { type: 'heading', text: 'H' },
      { type: 'paragraph', text: 'P' },
      { type: 'list', items: ['i'] },
      { type: 'quote', quote: 'some-quote' },
    ]
    const body = articleBodyToRichText(blocks, {
      quoteId: (key) => `id-of-${key}`,
      idScope: 'article',
    })
    expect(body.root.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'list',
      'paragraph',
    ])
    expect(body.root.children[3]).toMatchObject({
      type: 'paragraph',
      children: [
        {
          type: 'inlineBlock',
          version: 1,
          fields: {
            id: stableBlockId('article', 3, 'some-quote'),
            blockType: 'expertQuote',
            blockName: '',
            quote: 'id-of-some-quote',
          },
        },
      ],
    })
    expect(findInlineBlocks(body)).toEqual([expect.objectContaining({ quote: 'id-of-some-quote' })])
  })

  test('block ids look like ObjectIDs and are the same on every build', () => {
    const id = stableBlockId('a', 1, 'q')
    expect(id).toMatch(/^[0-9a-f]{24}$/)
    expect(stableBlockId('a', 1, 'q')).toBe(id)
    expect(stableBlockId('b', 1, 'q')).not.toBe(id)
    const build = () =>
      articleBodyToRichText(articles[0].body, { quoteId: (key) => key, idScope: articles[0].slug })
    expect(build()).toEqual(build())
  })

  test('an unknown quote key fails the build', () => {
    expect(() =>
      articleBodyToRichText([{ type: 'quote', quote: 'missing' }], {
        quoteId: (key) => {
          throw new Error(`unknown expert quote "${key}"`)
        },
        idScope: 'x',
      }),
    ).toThrow('unknown expert quote "missing"')
  })
})

describe('seed comparison', () => {
  test('ignores what the seed does not set: row ids, timestamps, extra fields', () => {
    const desired = { name: 'A', causes: [{ cause: 'c' }] }
    const stored = {
      id: '1',
      updatedAt: 'x',
      name: 'A',
      causes: [{ id: 'row', cause: 'c' }],
      extra: 1,
    }
    expect(matchesDesired(desired, stored)).toBe(true)
  })

  test('treats null, missing and empty lists alike, and a populated relation as its id', () => {
    expect(matchesDesired({ a: null, b: [] }, { b: null })).toBe(true)
    expect(matchesDesired({ expert: 'e1' }, { expert: { id: 'e1', name: 'E' } })).toBe(true)
    expect(matchesDesired({ tags: ['a', 'b'] }, { tags: [{ id: 'a' }, { id: 'b' }] })).toBe(true)
  })

  test('notices changed values, order and length', () => {
    expect(matchesDesired({ a: 'x' }, { a: 'y' })).toBe(false)
    expect(matchesDesired({ list: ['a', 'b'] }, { list: ['b', 'a'] })).toBe(false)
    expect(matchesDesired({ list: ['a'] }, { list: ['a', 'b'] })).toBe(false)
    expect(matchesDesired({ a: null }, { a: 'set by hand' })).toBe(false)
    expect(differingKeys({ a: 1, b: 2 }, { a: 1, b: 3 })).toEqual(['b'])
  })
})

describe('seed states and arguments', () => {
  test('reaches each seed state through the review moves, never backwards', () => {
    expect(movesToward('draft', 'published')).toEqual(['in_review', 'approved', 'published'])
    expect(movesToward('changes_requested', 'published')).toEqual([
      'in_review',
      'approved',
      'published',
    ])
    expect(movesToward('in_review', 'published')).toEqual(['approved', 'published'])
    expect(movesToward('approved', 'published')).toEqual(['published'])
    expect(movesToward('draft', 'in_review')).toEqual(['in_review'])
    expect(movesToward('in_review', 'in_review')).toEqual([])
    expect(movesToward('draft', 'draft')).toEqual([])
    for (const current of ['published', 'archived'] as const) {
      expect(movesToward(current, 'published')).toEqual([])
      expect(movesToward(current, 'in_review')).toEqual([])
    }
  })

  test('a reviewer approves; an editor submits and publishes', () => {
    expect(SEED_ACTOR_FOR_MOVE.approved).toBe('reviewer')
    expect(SEED_ACTOR_FOR_MOVE.in_review).toBe('editor')
    expect(SEED_ACTOR_FOR_MOVE.published).toBe('editor')
  })

  test('parses --reset and --force and rejects anything else', () => {
    expect(parseSeedArgs([])).toEqual({
      ok: true,
      args: { reset: false, force: false, help: false },
    })
    expect(parseSeedArgs(['--reset', '--force'])).toEqual({
      ok: true,
      args: { reset: true, force: true, help: false },
    })
    expect(parseSeedArgs(['--reset', '--bogus'])).toEqual({
      ok: false,
      error: 'Unknown argument "--bogus".',
    })
  })
})
