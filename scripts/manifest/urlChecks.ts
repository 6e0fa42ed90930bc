import type { CheckContext } from "./checkContext";
import type { XmlNode } from "./xmlTree";
import { child, childrenNamed, localName } from "./xmlTree";

const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Where a URL sits in the manifest, for messages: `<bt:Image id="Icon.16x16"> DefaultValue`. */
function describe(node: XmlNode, attribute?: string): string {
  const id = node.attrs["id"];
  const element = id === undefined ? `<${node.name}>` : `<${node.name} id="${id}">`;
  return attribute === undefined ? element : `${element} ${attribute}`;
}

/** Every URL-looking value in an attribute or text, except namespace declarations. */
export function urlsIn(root: XmlNode): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  const walk = (node: XmlNode): void => {
    for (const [key, value] of Object.entries(node.attrs)) {
      // Namespace names are identifiers that happen to look like http URLs; nothing loads them.
      if (key === "xmlns" || key.startsWith("xmlns:") || localName(key) === "schemaLocation") continue;
      if (LOOKS_LIKE_URL.test(value.trim())) found.push({ where: describe(node, key), url: value.trim() });
    }
    if (LOOKS_LIKE_URL.test(node.text)) found.push({ where: describe(node), url: node.text });
    node.children.forEach(walk);
  };
  walk(root);
  return found;
}

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === "https:";
  } catch {
    return false;
  }
}

/** https everywhere, and no AppDomains beyond those the add-in really navigates to. */
export function urlChecks({ root, env, check }: CheckContext): void {
  for (const { where, url } of urlsIn(root)) {
    check(
      isHttpsUrl(url),
      "manifest-https",
      `${where} is "${url}"; Office loads add-in pages and images only over https.`,
    );
  }
  for (const domain of childrenNamed(child(root, "AppDomains"), "AppDomain")) {
    check(
      env.allowedAppDomains.includes(domain.text),
      "manifest-app-domains",
      `<AppDomain> ${domain.text} is not needed: the task pane only navigates within its own origin.`,
    );
    // A full URL was already checked above; a bare host name is a problem of its own.
    if (!LOOKS_LIKE_URL.test(domain.text)) {
      check(false, "manifest-https", `<AppDomain> ${domain.text} must be a full https URL.`);
    }
  }
}
