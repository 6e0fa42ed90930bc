/** Counts of actions by state, overall, by delivery lead and by plan priority. */
import { actionStatusAt, isLive, type ActionState } from "./actionStatusAt";
import type { PlanAction } from "./planAction";
import type { Today } from "./today";

export interface ActionCounts {
  total: number;
  completed: number;
  cancelled: number;
  overdue: number;
  dueSoon: number;
  onHold: number;
  inProgress: number;
  notStarted: number;
  /** Neither completed nor cancelled. */
  live: number;
  /** Completed as a percentage of actions not cancelled; undefined when there are none. */
  percentComplete?: number;
}

export interface ActionsSummary {
  overall: ActionCounts;
  /** One entry per lead named (a person or a role), people first, each by name; an action with several leads counts for each. */
  byLead: { lead: string; kind: "person" | "role"; counts: ActionCounts }[];
  /** By priority number, in order; actions whose Ref gives no priority come last (priority undefined). */
  byPriority: { priority?: number; counts: ActionCounts }[];
}

/** The label for actions with a blank Lead. */
export const NO_LEAD = "(no lead)";

const FIELD: Record<ActionState, keyof ActionCounts> = {
  completed: "completed",
  cancelled: "cancelled",
  overdue: "overdue",
  "due soon": "dueSoon",
  "on hold": "onHold",
  "in progress": "inProgress",
  "not started": "notStarted",
};

function emptyCounts(): ActionCounts {
  return {
    total: 0,
    completed: 0,
    cancelled: 0,
    overdue: 0,
    dueSoon: 0,
    onHold: 0,
    inProgress: 0,
    notStarted: 0,
    live: 0,
  };
}

function add(counts: ActionCounts, state: ActionState): void {
  counts.total++;
  (counts[FIELD[state]] as number)++;
  if (isLive(state)) counts.live++;
  const base = counts.total - counts.cancelled;
  if (base > 0) counts.percentComplete = (counts.completed / base) * 100;
  else delete counts.percentComplete;
}

/**
 * Job titles the plan writes as leads ("Heads of Service", "Head of
 * Safeguarding", "Team Managers"): a role, held by whoever is in post, as
 * against a named person.
 */
const ROLE =
  /\b(?:Heads? of (?:Service|Services|Safeguarding|Corporate Parenting|Management Information|Children's Services(?: (?:East|West|Mid) Kent)?)|(?:Team|District|Service|Senior|Practice|Area) Managers?|Independent Reviewing Officers?|All (?:staff|managers))\b/g;

/** "role" for a job title, "person" for a name. */
export function leadKind(lead: string): "person" | "role" {
  ROLE.lastIndex = 0;
  const match = ROLE.exec(lead);
  return match !== null && match[0] === lead ? "role" : "person";
}

/** Splits one name-or-roles run at each role in it: "Alastair Pettigrew Heads of Service" → the person, then the role. */
function splitRoles(text: string): string[] {
  const parts: string[] = [];
  let at = 0;
  ROLE.lastIndex = 0;
  for (let m = ROLE.exec(text); m !== null; m = ROLE.exec(text)) {
    parts.push(text.slice(at, m.index), m[0]);
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

/**
 * Splits a Lead cell into people and roles: at "/", ";", ",", "&" and line
 * breaks, and around a job title written beside a name with only spaces
 * ("Alastair Pettigrew Heads of Service" is a person and a role). "and" is
 * not a split, because the plan writes "Donna Marriott (and external resource)".
 */
export function splitLeads(lead: string | undefined): string[] {
  const names = (lead ?? "")
    .split(/[/;,&\n]/)
    .flatMap(splitRoles)
    .filter((n) => n !== "");
  return names.length > 0 ? [...new Set(names)] : [NO_LEAD];
}

export function actionsSummary(actions: readonly PlanAction[], today: Today): ActionsSummary {
  const overall = emptyCounts();
  const leads = new Map<string, ActionCounts>();
  const priorities = new Map<number | undefined, ActionCounts>();
  for (const action of actions) {
    const state = actionStatusAt(action, today);
    add(overall, state);
    for (const lead of splitLeads(action.lead)) {
      const counts = leads.get(lead) ?? emptyCounts();
      leads.set(lead, counts);
      add(counts, state);
    }
    const counts = priorities.get(action.priority) ?? emptyCounts();
    priorities.set(action.priority, counts);
    add(counts, state);
  }
  return {
    overall,
    byLead: [...leads]
      .map(([lead, counts]) => ({ lead, kind: lead === NO_LEAD ? ("person" as const) : leadKind(lead), counts }))
      .sort((a, b) => (a.kind === b.kind ? a.lead.localeCompare(b.lead) : a.kind === "person" ? -1 : 1)),
    byPriority: [...priorities]
      .sort(([a], [b]) => (a ?? Infinity) - (b ?? Infinity))
      .map(([priority, counts]) => (priority === undefined ? { counts } : { priority, counts })),
  };
}
