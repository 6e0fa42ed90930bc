/** Prints the README's table of validation rules: `npx tsx scripts/rules-table.ts`. */
import { RULE_GROUPS } from "../src/domain/rules/ruleCatalogue";

const lines = ["| table | rule | severity | what it catches |", "| --- | --- | --- | --- |"];
for (const group of RULE_GROUPS) {
  for (const rule of group.rules) lines.push(`| ${group.table} | \`${rule.id}\` | ${rule.severity} | ${rule.summary} |`);
}
console.log(lines.join("\n"));
