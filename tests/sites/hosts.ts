// Which replica answers which host name. The browser opens the real host names (x.com, …) and
// Chromium's --host-resolver-rules sends them to our server; the server picks the replica by the
// Host header, so the extension's real match patterns apply unchanged.
export type SiteName = 'x' | 'facebook' | 'instagram' | 'start';

export const SITE_HOSTS: Readonly<Record<Exclude<SiteName, 'start'>, readonly string[]>> = {
  x: ['x.com', 'twitter.com', 'mobile.x.com'],
  facebook: ['www.facebook.com', 'web.facebook.com', 'business.facebook.com', 'm.facebook.com'],
  instagram: ['www.instagram.com'],
};

/** Host of the start page that links the three replicas (also answered for localhost). */
export const START_HOST = 'postwijs.test';

/** Every host name the browser must send to the replica server. */
export const ALL_HOSTS: readonly string[] = [...Object.values(SITE_HOSTS).flat(), START_HOST];

export function siteForHost(hostHeader: string | undefined): SiteName | undefined {
  const host = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
  for (const [site, hosts] of Object.entries(SITE_HOSTS)) {
    if (hosts.includes(host)) return site as SiteName;
  }
  if (host === START_HOST || host === 'localhost' || host === '127.0.0.1') return 'start';
  return undefined;
}
