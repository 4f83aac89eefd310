import type { SiteConfig } from "../content/index.js";
import { HOME_URL } from "../urls/index.js";

/**
 * The web app manifest (`/site.webmanifest`): the site's name and icons for a phone's home screen,
 * from site.json and the fingerprinted icons.
 */
export function webManifest(site: SiteConfig, assets: Readonly<Record<string, string>>): string {
  const icons = [192, 512].flatMap((size) => {
    const src = assets[`icon-${size}.png`];
    return src ? [{ src, sizes: `${size}x${size}`, type: "image/png" }] : [];
  });
  return `${JSON.stringify({ name: site.name, short_name: site.name, lang: site.language, start_url: HOME_URL, display: "browser", background_color: "#ffffff", theme_color: "#16181d", icons }, null, 2)}\n`;
}
