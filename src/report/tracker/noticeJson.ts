/**
 * The Notice tracker's part of `scorecard build --json` ("notice": all sixteen
 * Notice targets). Plain JSON, rounded so float noise never shows;
 * percentages on the 0–100 scale.
 */
import { deadlineJson, minimisingJson, round4 } from "../../domain/gaps";
import { monthKey } from "../../domain/periods";
import { jsonNumber as num } from "../jsonNumber";
import type { MeasureRow, QualitativeRow, TrackerRow } from "./noticeTracker";

function measureJson(r: MeasureRow) {
  const g = r.gap;
  return {
    code: r.code,
    index: r.index,
    reference: r.reference ?? null,
    target: r.target.label,
    kind: r.target.kind,
    name: g?.name ?? null,
    deadline: r.deadline,
    level: num(r.level),
    levelText: g?.levelText ?? null,
    baseline: r.baseline ? { value: round4(r.baseline.value), period: r.baseline.month !== undefined ? monthKey(r.baseline.month) : null } : null,
    value: num(r.latest?.value),
    valuePeriod: r.latest ? monthKey(r.latest.month) : null,
    rag: r.standing.rag,
    verdict: r.standing.verdict,
    verdictText: r.standing.verdictText,
    average: num(r.standing.average),
    basis: g?.average?.basis ?? null,
    atDeadline: g?.atDeadline ? deadlineJson(g.atDeadline) : null,
    minimising: g?.minimising ? minimisingJson(g.minimising) : null,
    detail: r.standing.detail,
  };
}

function qualitativeJson(r: QualitativeRow) {
  return {
    code: null,
    index: null,
    reference: r.reference ?? null,
    target: r.notice.summary,
    kind: "qualitative" as const,
    title: r.notice.title,
    rag: r.standing.rag,
    verdict: r.standing.verdict,
    verdictText: r.standing.verdictText,
    detail: r.standing.detail,
  };
}

/**
 * One object per Notice target row, in the Notice's order: every one of the
 * sixteen targets appears with its `reference` ("IN 3"); `kind` is
 * "qualitative" for a target no indicator measures. `actions` lists the plan
 * actions citing the target and their state (null without an Actions table).
 */
export function noticeJson(rows: readonly TrackerRow[]) {
  return rows.map((r) => ({
    ...(r.kind === "measure" ? measureJson(r) : qualitativeJson(r)),
    notice: r.notice?.number ?? null,
    actions: r.actions ? r.actions.map((a) => ({ ref: a.ref, state: a.state, due: a.due ?? null })) : null,
  }));
}
