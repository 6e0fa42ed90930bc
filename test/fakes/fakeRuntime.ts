/**
 * The request machinery of the fake: operations queue on proxies and run only
 * inside `sync()`, in order, against the document state; loaded values become
 * readable only when the sync succeeds. Like Excel, a batch is not a
 * transaction: operations before a failing one stay applied.
 */
import { FakeOfficeError, propertyNotLoaded } from "./fakeErrors";
import type { WorkbookState } from "./fakeState";

interface Op {
  name: string;
  args: readonly unknown[];
  run: () => void;
  /** The ExcelApi set the operation belongs to ("1.1" … "1.9"). */
  apiSet: string;
}

/**
 * An injected failure: on sync number `sync` (1-based), at the op whose name
 * contains `atOp` (its `occurrence`-th match, default the first) or at op
 * index `atOp`, or before any op when `atOp` is absent.
 */
export interface InjectedFailure {
  sync: number;
  code: string;
  atOp?: string | number;
  occurrence?: number;
  /** Keep failing on every later sync too (an operation the host always rejects). */
  persistent?: boolean;
}

/** Behaviours of particular hosts, reported on the office-js tracker, that the fake can play. */
export interface FakeQuirks {
  /** Office 2019 builds: freezing panes on a sheet that is not active throws GeneralException (office-js #2196, #3148). */
  freezeNeedsActiveSheet?: boolean;
  /** Fit-to-pages zoom is silently not applied unless the Page Layout tab has been shown (office-js #1860). */
  fitToPagesIgnored?: boolean;
}

function versionNumber(v: string): number {
  const [major = "0", minor = "0"] = v.split(".");
  return Number(major) * 1000 + Number(minor);
}

export class Runtime {
  private queue: Op[] = [];
  private commits: Array<{ payload: unknown; apply: () => void }> = [];
  syncCount = 0;
  /** Serialized size (JSON of every queued op's name and arguments) of each sync's request. */
  readonly requestSizes: number[] = [];
  /** The operation names each sync carried, for debugging tests. */
  readonly requestOps: string[][] = [];
  readonly failures: InjectedFailure[] = [];
  /** Highest ExcelApi set the host supports; newer operations fail with ApiNotFound. */
  apiVersion = "1.17";
  /** Request size above which a sync fails with RequestPayloadSizeLimitExceeded (Excel on the web: 5 MB). */
  requestLimit: number | undefined = 5_000_000;
  /** Response size above which a sync fails with ResponsePayloadSizeLimitExceeded. */
  responseLimit: number | undefined = 5_000_000;
  /** How particular Excel builds misbehave (see FakeQuirks). */
  quirks: FakeQuirks = {};

  constructor(readonly state: WorkbookState) {}

  /** Whether the host has ExcelApi `version`. */
  supports(version: string): boolean {
    return versionNumber(version) <= versionNumber(this.apiVersion);
  }

  enqueue(name: string, args: readonly unknown[], run: () => void, apiSet = "1.1"): void {
    this.queue.push({ name, args, run, apiSet });
  }

  /** Called by load operations while a sync runs: the payload is counted in the response, `apply` runs if the sync succeeds. */
  deliver(payload: unknown, apply: () => void): void {
    this.commits.push({ payload, apply });
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const ops = this.queue;
    this.queue = [];
    this.commits = [];
    const size = JSON.stringify(ops.map((o) => ({ op: o.name, args: o.args }))).length;
    this.requestSizes.push(size);
    this.requestOps.push(ops.map((o) => o.name));
    await Promise.resolve();
    if (this.requestLimit !== undefined && size > this.requestLimit) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `The request payload size (${size}) has exceeded the limit.`);
    }
    const failure = this.failures.find((f) => f.sync === this.syncCount || (f.persistent === true && f.sync < this.syncCount));
    let seen = 0;
    ops.forEach((op, index) => {
      if (failure && this.matches(failure, op, index) && ++seen === (failure.occurrence ?? 1)) throw new FakeOfficeError(failure.code, `Injected failure at ${op.name}.`, op.name);
      if (versionNumber(op.apiSet) > versionNumber(this.apiVersion)) {
        throw new FakeOfficeError("ApiNotFound", `${op.name} needs ExcelApi ${op.apiSet}; this host has ${this.apiVersion}.`, op.name);
      }
      op.run();
    });
    if (failure && failure.atOp === undefined && ops.length === 0) throw new FakeOfficeError(failure.code, "Injected failure.");
    const responseSize = JSON.stringify(this.commits.map((c) => c.payload)).length;
    if (this.responseLimit !== undefined && responseSize > this.responseLimit) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseSize}) has exceeded the limit.`);
    }
    for (const c of this.commits) c.apply();
    this.commits = [];
  }

  private matches(failure: InjectedFailure, op: Op, index: number): boolean {
    if (failure.atOp === undefined) return index === 0;
    if (typeof failure.atOp === "number") return index === failure.atOp;
    return op.name.includes(failure.atOp);
  }
}

/**
 * A proxy for one document object. Its target is found when the operation
 * that created it runs (inside a sync) and stays bound to that object, as
 * Excel's reference ids do. Properties are readable only after load + sync.
 */
export abstract class FakeProxy<T> {
  private bound: { target: T | null } | undefined;
  private loaded: Record<string, unknown> | undefined;
  private nullKnown: boolean | undefined;

  protected constructor(
    protected readonly rt: Runtime,
    readonly path: string,
    private readonly resolver: () => T | null,
    /** Navigation by method call is an operation of its own (counted in the request). */
    creation?: { op: string; args: readonly unknown[]; apiSet?: string },
  ) {
    if (creation) this.rt.enqueue(creation.op, creation.args, () => void this.resolveNow(), creation.apiSet);
  }

  /** Proxies serialize as their path, the way requests refer to objects. */
  toJSON(): { $ref: string } {
    return { $ref: this.path };
  }

  protected abstract readonly typeName: string;
  /** The document values of the named properties, for load. */
  protected abstract snapshot(target: T, props: readonly string[]): Record<string, unknown>;

  private resolveNow(): T | null {
    if (!this.bound) {
      const target = this.resolver();
      this.bound = { target };
      this.rt.deliver(null, () => (this.nullKnown = target === null));
    }
    return this.bound.target;
  }

  /** The bound object; throws like Excel when it does not exist. */
  target(): T {
    const t = this.resolveNow();
    if (t === null) throw new FakeOfficeError("ItemNotFound", `${this.typeName} at ${this.path} does not exist (a null object).`);
    return t;
  }

  targetOrNull(): T | null {
    return this.resolveNow();
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.nullKnown;
  }

  /** Mark properties as already loaded (collection items arrive this way). */
  preload(values: Record<string, unknown>): void {
    this.loaded = { ...(this.loaded ?? {}), ...values };
    this.nullKnown = false;
  }

  load(props?: string | string[]): this {
    if (props === undefined || (Array.isArray(props) && props.length === 0) || props === "") {
      throw new FakeOfficeError("InvalidArgument", `Fake: load ${this.typeName} with the property names you need (no bare load()).`);
    }
    const names = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter((p) => p !== "");
    this.rt.enqueue(`${this.typeName}.load`, [this, names], () => {
      const t = this.targetOrNull();
      const snap = t === null ? null : this.snapshot(t, names);
      this.rt.deliver(snap, () => {
        this.nullKnown = t === null;
        if (snap) this.loaded = { ...(this.loaded ?? {}), ...snap };
      });
    });
    return this;
  }

  protected read(prop: string): unknown {
    if (!this.loaded || !(prop in this.loaded)) throw propertyNotLoaded(this.typeName, prop);
    return this.loaded[prop];
  }

  /** Queue a property set or method call that acts on the bound object. */
  protected act(name: string, args: readonly unknown[], run: (target: T) => void, apiSet?: string): void {
    this.rt.enqueue(`${this.typeName}.${name}`, [this, ...args], () => run(this.target()), apiSet);
  }

  protected unknownProp(prop: string): never {
    throw new FakeOfficeError("InvalidArgument", `Fake: ${this.typeName} has no loadable property '${prop}'.`);
  }
}
