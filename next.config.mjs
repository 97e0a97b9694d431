import { withPayload } from '@payloadcms/next/withPayload'

/** The host names the admin may be opened on in development, besides Next's own default. */
const devHosts = () => {
  const hosts = new Set(['localhost', '127.0.0.1'])
  try {
    if (process.env.SERVER_URL) hosts.add(new URL(process.env.SERVER_URL).hostname)
  } catch {
    // A malformed SERVER_URL is reported by the server's settings check.
  }
  return [...hosts]
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project in CI; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  // Next's development server refuses its scripts to origins it does not know: a blank admin.
  allowedDevOrigins: devHosts(),
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
