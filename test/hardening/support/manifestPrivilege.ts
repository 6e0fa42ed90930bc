/**
 * Least-privilege checks on an add-in-only (XML) manifest, as problem ids so a
 * test can show each one bites on a mutated copy.
 */

export type PrivilegeProblem = "permission-not-read-write-document" | "url-not-https" | "app-domain-listed";

/** Every URL the manifest loads or links to: attribute values and element text, namespace declarations aside. */
export function manifestUrls(xml: string): string[] {
  const withoutComments = xml.replace(/<!--[\s\S]*?-->/g, "");
  const urls: string[] = [];
  for (const m of withoutComments.matchAll(/\s([\w:.-]+)="([^"]*)"/g)) {
    // xmlns and xsi:schemaLocation name XML vocabularies; nothing is fetched from them.
    if (m[1]!.startsWith("xmlns") || m[1] === "xsi:schemaLocation") continue;
    if (/^\s*[a-z][a-z0-9+.-]*:\/\//i.test(m[2]!)) urls.push(m[2]!.trim());
  }
  for (const m of withoutComments.matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)) urls.push(m[1]!);
  return urls;
}

/** The manifest's problems; none for a manifest that asks only for what the add-in uses. */
export function privilegeProblems(xml: string): PrivilegeProblem[] {
  const problems: PrivilegeProblem[] = [];
  const permissions = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
  if (permissions.length !== 1 || permissions[0] !== "ReadWriteDocument")
    problems.push("permission-not-read-write-document");
  const urls = manifestUrls(xml);
  if (urls.length === 0 || urls.some((u) => !u.toLowerCase().startsWith("https://"))) problems.push("url-not-https");
  if (/<AppDomain>/.test(xml)) problems.push("app-domain-listed");
  return problems;
}
