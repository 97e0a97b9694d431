/**
 * Next calls `register` once per server process, before it serves a request. Payload starts here,
 * from the same compiled config Next's API and admin routes use, and the Express layer picks the
 * instance up from the runtime slot (src/runtime/handoff.ts). A failed start is reported by the
 * server, never thrown here. The Node.js check lets the bundler leave Payload out of the edge
 * runtime's copy of this file.
 */
export const register = async (): Promise<void> => {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startPayload } = await import('./runtime/startPayload')
    startPayload()
  }
}
