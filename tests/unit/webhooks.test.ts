/**
 * The plain webhook rules: signatures, the message, which changes raise which events, the paths
 * to revalidate, the backoff schedule, the address policy and the settings.
 */
import {
  MAX_RETRY_DELAY_MS,
  nextRetryAt,
  retryDelayMs,
  retrySchedule,
} from '../../src/webhooks/backoff'
import {
  endpointWants,
  WEBHOOK_EVENT_BY_WORKFLOW_ACTION,
  webhookEventForAction,
} from '../../src/webhooks/events'
import { webhookBody, webhookHeaders } from '../../src/webhooks/message'
import {
  DEFAULT_REVALIDATION_PATTERNS,
  parseRevalidationPatterns,
  revalidationPaths,
} from '../../src/webhooks/revalidationPaths'
import { queueCron, readWebhookSettings, WebhookSettingsError } from '../../src/webhooks/settings'
import {
  generateWebhookSecret,
  signatureHeader,
  verifySignature,
} from '../../src/webhooks/signature'
import { webhookUrlProblem } from '../../src/webhooks/urlPolicy'
import { WORKFLOW_ACTIONS } from '../../src/workflow/transitions'

describe('signatures', () => {
  const secret = 'whsec_test'
  const body = '{"event":"published"}'

  it('are HMAC-SHA256 over "timestamp.body", as `t=<unix>,v1=<hex>`', () => {
    // Expected value from `printf '1700000000.{"event":"published"}' | openssl dgst -sha256 -hmac whsec_test`.
    expect(signatureHeader(secret, 1_700_000_000, body)).toBe(
      't=1700000000,v1=e25100bb05f12c3a6a1ca23dadde371845830dc963b62ebc145b55039ab4ae50',
    )
  })

  it('verify for the right secret and body within the tolerance', () => {
    const header = signatureHeader(secret, 1_700_000_000, body)
    expect(verifySignature({ header, body, secret, nowSeconds: 1_700_000_000 + 299 })).toEqual({
      ok: true,
      timestamp: 1_700_000_000,
    })
  })

  it.each([
    ['another body', { body: '{"event":"deleted"}' }, 'mismatch'],
    ['another secret', { secret: 'whsec_other' }, 'mismatch'],
    ['a timestamp too old', { nowSeconds: 1_700_000_000 + 301 }, 'expired'],
    ['a timestamp from the future', { nowSeconds: 1_700_000_000 - 301 }, 'expired'],
    ['no header', { header: null }, 'malformed'],
    ['no v1', { header: 't=1700000000' }, 'malformed'],
    ['no timestamp', { header: `v1=${'a'.repeat(64)}` }, 'malformed'],
    ['a short signature', { header: 't=1700000000,v1=abc' }, 'malformed'],
  ])('fail for %s', (_case, change, reason) => {
    const args = {
      header: signatureHeader(secret, 1_700_000_000, body) as string | null,
      body,
      secret,
      nowSeconds: 1_700_000_000,
      ...change,
    }
    expect(verifySignature(args)).toEqual({ ok: false, reason })
  })

  it('accept any one of several v1 values (a sender rotating secrets)', () => {
    const good = signatureHeader(secret, 1_700_000_000, body).split(',')[1]
    const header = `t=1700000000,v1=${'0'.repeat(64)},${good}`
    expect(verifySignature({ header, body, secret, nowSeconds: 1_700_000_000 }).ok).toBe(true)
  })

  it('secrets are 32 random bytes in hex, prefixed, never the same twice', () => {
    const first = generateWebhookSecret()
    expect(first).toMatch(/^whsec_[0-9a-f]{64}$/)
    expect(generateWebhookSecret()).not.toBe(first)
  })
})

describe('the message', () => {
  const message = {
    eventId: '0b7c1c5e-4a7e-4a57-9a3e-0d7d3f1c2b10',
    event: 'published' as const,
    collection: 'articles' as const,
    id: 'a1',
    slug: 'ice-pick-scars',
    occurredAt: '2026-01-02T03:04:05.000Z',
    paths: ['/articles/ice-pick-scars', '/articles'],
  }

  it('is JSON with the event id, event, collection, id, slug, time and paths, in that order', () => {
    expect(webhookBody(message)).toBe(
      '{"eventId":"0b7c1c5e-4a7e-4a57-9a3e-0d7d3f1c2b10","event":"published","collection":"articles","id":"a1","slug":"ice-pick-scars","occurredAt":"2026-01-02T03:04:05.000Z","paths":["/articles/ice-pick-scars","/articles"]}',
    )
  })

  it('travels with headers naming the event, its id, the attempt, and a signature of the body', () => {
    const body = webhookBody(message)
    const headers = webhookHeaders({
      body,
      secret: 'whsec_test',
      timestamp: 1_700_000_000,
      eventId: message.eventId,
      event: message.event,
      attempt: 2,
    })
    expect(headers).toMatchObject({
      'Content-Type': 'application/json',
      'X-CMS-Event': 'published',
      'X-CMS-Event-Id': message.eventId,
      'X-CMS-Delivery-Attempt': '2',
    })
    expect(
      verifySignature({
        header: headers['X-CMS-Signature'],
        body,
        secret: 'whsec_test',
        nowSeconds: 1_700_000_000,
      }).ok,
    ).toBe(true)
  })
})

describe('events', () => {
  it('publish raises published, unpublish and withdraw withdrawn; no other move raises anything', () => {
    expect(WEBHOOK_EVENT_BY_WORKFLOW_ACTION).toEqual({
      publish: 'published',
      unpublish: 'withdrawn',
      withdraw: 'withdrawn',
    })
    for (const action of WORKFLOW_ACTIONS) {
      const expected =
        action === 'publish'
          ? 'published'
          : action === 'unpublish' || action === 'withdraw'
            ? 'withdrawn'
            : null
      expect(webhookEventForAction(action)).toBe(expected)
    }
    expect(webhookEventForAction('toString')).toBeNull()
  })

  it('an endpoint wants an event when active, subscribed to it, and listing the collection or none', () => {
    const endpoint = { active: true, events: ['published', 'withdrawn'], collections: [] }
    expect(endpointWants(endpoint, 'published', 'articles')).toBe(true)
    expect(endpointWants(endpoint, 'deleted', 'articles')).toBe(false)
    expect(endpointWants({ ...endpoint, active: false }, 'published', 'articles')).toBe(false)
    expect(endpointWants({ ...endpoint, collections: ['experts'] }, 'published', 'articles')).toBe(
      false,
    )
    expect(endpointWants({ ...endpoint, collections: ['articles'] }, 'published', 'articles')).toBe(
      true,
    )
    expect(endpointWants({ active: true, events: null }, 'published', 'articles')).toBe(false)
  })
})

describe('paths to revalidate', () => {
  it('fill {slug} and {id} from the defaults: the page and its listing', () => {
    expect(
      revalidationPaths(DEFAULT_REVALIDATION_PATTERNS, 'articles', [{ id: 'a1', slug: 'x' }]),
    ).toEqual(['/articles/x', '/articles'])
    expect(
      revalidationPaths(DEFAULT_REVALIDATION_PATTERNS, 'experts', [{ id: 'e1', slug: 'dr-y' }]),
    ).toEqual(['/experts/dr-y', '/experts'])
    expect(revalidationPaths(DEFAULT_REVALIDATION_PATTERNS, 'media', [{ id: 'm1' }])).toEqual([])
  })

  it('cover the old and the new slug once each when the slug changed', () => {
    expect(
      revalidationPaths(DEFAULT_REVALIDATION_PATTERNS, 'treatments', [
        { id: 't1', slug: 'new' },
        { id: 't1', slug: 'old' },
      ]),
    ).toEqual(['/treatments/new', '/treatments/old', '/treatments'])
  })

  it('leave out a pattern whose placeholder the document lacks, and encode values', () => {
    const patterns = parseRevalidationPatterns(
      '{"expert-quotes": ["/quotes/{id}", "/q/{slug}"], "articles": ["/a/{slug}"]}',
    )
    expect(revalidationPaths(patterns, 'expert-quotes', [{ id: 'q 1', slug: null }])).toEqual([
      '/quotes/q%201',
    ])
    expect(revalidationPaths(patterns, 'articles', [{ id: 'a1', slug: 'x' }])).toEqual(['/a/x'])
    // Collections the setting leaves out keep their defaults.
    expect(patterns['scar-types']).toEqual(DEFAULT_REVALIDATION_PATTERNS['scar-types'])
  })

  it.each([
    ['not JSON', 'must be a JSON object'],
    ['["/a"]', 'keyed by collection'],
    ['{"posts": []}', 'names "posts"'],
    ['{"articles": "/a"}', 'must be a list'],
    ['{"articles": ["a/{slug}"]}', 'must start with "/"'],
    ['{"articles": ["/a/{title}"]}', 'only {slug} and {id}'],
    ['{"articles": ["/a b"]}', 'must not contain spaces'],
  ])('the setting %j is refused: %s', (raw, message) => {
    expect(() => parseRevalidationPatterns(raw)).toThrow(message)
  })
})

describe('backoff', () => {
  it('with the defaults, retries 30 s, 1, 2 and 4 min after each failure: five attempts', () => {
    expect(retrySchedule({ maxAttempts: 5, retryDelayMs: 30_000 })).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ])
  })

  it('no retry after the last attempt; the next one is due at failure time plus the delay', () => {
    const policy = { maxAttempts: 3, retryDelayMs: 1_000 }
    const failedAt = new Date('2026-01-01T00:00:00.000Z')
    expect(nextRetryAt(policy, 1, failedAt)?.toISOString()).toBe('2026-01-01T00:00:01.000Z')
    expect(nextRetryAt(policy, 2, failedAt)?.toISOString()).toBe('2026-01-01T00:00:02.000Z')
    expect(nextRetryAt(policy, 3, failedAt)).toBeNull()
    expect(nextRetryAt({ maxAttempts: 1, retryDelayMs: 1_000 }, 1, failedAt)).toBeNull()
  })

  it('no wait is longer than an hour', () => {
    expect(retryDelayMs(20, 30_000)).toBe(MAX_RETRY_DELAY_MS)
    expect(MAX_RETRY_DELAY_MS).toBe(3_600_000)
  })
})

describe('webhook addresses', () => {
  it.each([
    'https://www.example.com/api/revalidate',
    'http://localhost:3001/api/revalidate?secret=abc',
    'http://10.0.0.5/hook',
    'http://frontend.internal:8080/',
  ])('%s is allowed (private and local addresses included)', (url) => {
    expect(webhookUrlProblem(url)).toBeNull()
  })

  it.each([
    ['nothing in it', '', 'Enter the address'],
    ['no scheme', 'example.com/hook', 'Enter a full address'],
    ['ftp', 'ftp://example.com/hook', 'http:// or https:// addresses only, not ftp://'],
    ['file', 'file:///etc/passwd', 'not file://'],
    ['javascript', 'javascript:alert(1)', 'not javascript://'],
    ['credentials', 'https://user:pass@example.com/hook', 'Leave the user name and password out'],
    ['a fragment', 'https://example.com/hook#x', 'Leave the #fragment out'],
    ['2,069 characters', `https://example.com/${'a'.repeat(2048)}`, 'at most 2048 characters'],
  ])('an address with %s is refused', (_case, url, message) => {
    expect(webhookUrlProblem(url)).toContain(message)
  })
})

describe('webhook settings', () => {
  it('default to 5 attempts, 30 s first retry, 10 s timeout, a queue run every second', () => {
    const settings = readWebhookSettings({})
    expect(settings).toMatchObject({
      maxAttempts: 5,
      retryDelayMs: 30_000,
      timeoutMs: 10_000,
      queueIntervalSeconds: 1,
    })
    expect(settings.revalidationPatterns).toEqual(DEFAULT_REVALIDATION_PATTERNS)
  })

  it('read the environment', () => {
    expect(
      readWebhookSettings({
        WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOK_RETRY_DELAY_MS: '200',
        WEBHOOK_TIMEOUT_MS: '2000',
        WEBHOOK_QUEUE_INTERVAL_SECONDS: '5',
        WEBHOOK_REVALIDATE_PATHS: '{"articles": ["/blog/{slug}"]}',
      }),
    ).toMatchObject({
      maxAttempts: 3,
      retryDelayMs: 200,
      timeoutMs: 2000,
      queueIntervalSeconds: 5,
      revalidationPatterns: { articles: ['/blog/{slug}'] },
    })
  })

  it.each([
    ['WEBHOOK_MAX_ATTEMPTS', '0', 'from 1 to 20'],
    ['WEBHOOK_MAX_ATTEMPTS', '21', 'from 1 to 20'],
    ['WEBHOOK_RETRY_DELAY_MS', '1.5', 'from 1 to 3600000'],
    ['WEBHOOK_TIMEOUT_MS', '50', 'from 100 to 60000'],
    ['WEBHOOK_QUEUE_INTERVAL_SECONDS', '60', 'from 1 to 59'],
    ['WEBHOOK_REVALIDATE_PATHS', '{', 'must be a JSON object'],
  ])('refuse %s=%j, naming the variable', (variable, raw, message) => {
    let error: unknown
    try {
      readWebhookSettings({ [variable]: raw })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(WebhookSettingsError)
    expect((error as Error).message).toContain(variable)
    expect((error as Error).message).toContain(message)
  })

  it('run the queue every N seconds with a seconds cron', () => {
    expect(queueCron(1)).toBe('* * * * * *')
    expect(queueCron(5)).toBe('*/5 * * * * *')
  })
})
