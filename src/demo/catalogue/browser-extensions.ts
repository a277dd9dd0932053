/**
 * Browser extensions an inventory agent reads from user profiles, as `pkg:generic` purls
 * named by store (chrome-web-store, firefox-addons) and extension. Versions are plausible.
 */
import { PackageLine, syntheticVersions } from "./package-line.js";

const CHROME = `
google-docs-offline adobe-acrobat microsoft-office ublock-origin adblock-plus adblock lastpass grammarly
honey zoom-scheduler cisco-webex-extension google-translate ie-tab windows-accounts bitwarden
citrix-workspace-web-extension save-to-google-drive google-keep json-viewer colorzilla
react-developer-tools vue-devtools wappalyzer postman-interceptor dark-reader tampermonkey
`;

const FIREFOX = `
ublock-origin adblock-plus lastpass grammarly bitwarden multi-account-containers privacy-badger noscript
https-everywhere duckduckgo-privacy-essentials ie-tab video-downloadhelper
`;

const lines = (store: string, spec: string) =>
  spec
    .trim()
    .split(/\s+/)
    .map(
      (name) => new PackageLine("generic", store, name, syntheticVersions(`${store}/${name}`, 4, "semver")),
    );

export const CHROME_EXTENSIONS: readonly PackageLine[] = lines("chrome-web-store", CHROME);
export const FIREFOX_ADDONS: readonly PackageLine[] = lines("firefox-addons", FIREFOX);
