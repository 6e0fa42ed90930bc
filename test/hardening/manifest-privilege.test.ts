/**
 * Least privilege in the manifest. Permissions is ReadWriteDocument: the add-in
 * reads the indicator tables AND writes the Member Dashboard sheets through
 * Excel's own API (Excel.run). ReadDocument only lets an add-in read, and
 * WriteDocument only write, so neither is enough; ReadWriteDocument is the
 * smallest level that covers both, and it reaches nothing beyond the open
 * document (the manifest asks for no mailbox, identity or other resource).
 * Every URL is https, and AppDomains is empty: the pane never navigates away.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { manifestUrls, privilegeProblems, type PrivilegeProblem } from "./support/manifestPrivilege";

const manifest = readFileSync(fileURLToPath(new URL("../../manifest.xml", import.meta.url)), "utf8");

/** A mutated copy; fails loudly if the text to replace is no longer in the manifest. */
function mutate(from: string | RegExp, to: string): string {
  const out = manifest.replace(from, to);
  expect(out, `mutation ${String(from)} did not apply`).not.toBe(manifest);
  return out;
}

describe("the manifest asks for the least it needs", () => {
  it("has no privilege problem", () => {
    expect(privilegeProblems(manifest)).toEqual([]);
  });

  it("loads its pages and icons from https URLs it lists", () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(3);
    expect(urls).toContain("https://localhost:3000/taskpane.html");
  });

  const mutations: { name: string; xml: () => string; problem: PrivilegeProblem }[] = [
    {
      name: "ReadDocument (cannot write the dashboard)",
      xml: () => mutate(/<Permissions>\w+</, "<Permissions>ReadDocument<"),
      problem: "permission-not-read-write-document",
    },
    {
      name: "WriteDocument (cannot read the tables)",
      xml: () => mutate(/<Permissions>\w+</, "<Permissions>WriteDocument<"),
      problem: "permission-not-read-write-document",
    },
    {
      name: "ReadAllDocument",
      xml: () => mutate(/<Permissions>\w+</, "<Permissions>ReadAllDocument<"),
      problem: "permission-not-read-write-document",
    },
    {
      name: "a mailbox permission",
      xml: () => mutate(/<Permissions>\w+</, "<Permissions>ReadWriteMailbox<"),
      problem: "permission-not-read-write-document",
    },
    {
      name: "no Permissions element",
      xml: () => mutate(/<Permissions>\w+<\/Permissions>/, ""),
      problem: "permission-not-read-write-document",
    },
    {
      name: "an http page",
      xml: () =>
        mutate(
          'DefaultValue="https://localhost:3000/taskpane.html"',
          'DefaultValue="http://localhost:3000/taskpane.html"',
        ),
      problem: "url-not-https",
    },
    {
      name: "an http icon",
      xml: () =>
        mutate(
          'DefaultValue="https://localhost:3000/assets/icon-16.png"',
          'DefaultValue="http://localhost:3000/assets/icon-16.png"',
        ),
      problem: "url-not-https",
    },
    {
      name: "a URL in element text",
      xml: () => mutate("<AppDomains/>", "<AppDomains/><SupportUrl>http://example.org/help</SupportUrl>"),
      problem: "url-not-https",
    },
    {
      name: "an AppDomain",
      xml: () => mutate("<AppDomains/>", "<AppDomains><AppDomain>https://www.contoso.com</AppDomain></AppDomains>"),
      problem: "app-domain-listed",
    },
  ];

  it.each(mutations)("flags $name", ({ xml, problem }) => {
    expect(privilegeProblems(xml())).toContain(problem);
  });

  it("does not mistake XML namespaces or comments for URLs", () => {
    expect(manifest).toMatch(/xmlns="http:\/\//);
    const commented = mutate("<AppDomains/>", "<!-- was http://old.example.org --><AppDomains/>");
    expect(privilegeProblems(commented)).toEqual([]);
  });
});
