import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // express owns /api; Next only renders the admin.
  poweredByHeader: false,
  // `npm run typecheck` checks the whole project; the admin build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
