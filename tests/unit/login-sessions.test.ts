import { keepConcurrentSessions } from '../../src/database/sessions'

const NOW = new Date('2026-01-01T12:00:00Z')
const session = (id: string, hoursLeft = 8) => ({
  id,
  createdAt: NOW.toISOString(),
  expiresAt: new Date(NOW.getTime() + hoursLeft * 3_600_000).toISOString(),
})

describe('keeping the sessions of logins that happened at the same time', () => {
  it('keeps a session stored meanwhile when a login writes the list it read plus its own', () => {
    const earlier = session('earlier')
    const concurrent = session('concurrent')
    const mine = session('mine')
    expect(keepConcurrentSessions([earlier, concurrent], [earlier, mine], NOW)).toEqual([
      concurrent,
      earlier,
      mine,
    ])
  })

  it('lets expired sessions go', () => {
    const expired = session('expired', -1)
    const mine = session('mine')
    expect(keepConcurrentSessions([expired], [mine], NOW)).toEqual([mine])
  })

  it('stores a logout (a list that only removes) exactly as written', () => {
    const staying = session('staying')
    const leaving = session('leaving')
    expect(keepConcurrentSessions([staying, leaving], [staying], NOW)).toEqual([staying])
    expect(keepConcurrentSessions([staying], [], NOW)).toEqual([])
  })
})
