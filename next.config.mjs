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
  // Payload starts in the instrumentation hook and serves requests from the route handlers, which
  // Next bundles separately. Loaded from node_modules, these packages are one copy for both, so
  // Payload recognises its own error classes (APIError and friends) thrown by the project's hooks.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-mongodb',
    '@payloadcms/db-sqlite',
    '@payloadcms/email-nodemailer',
    '@payloadcms/graphql',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
