/** Fake charts: the collection, a chart, its series, axes, title and legend. */
import { FakeOfficeError } from "./fakeErrors";
import type { FakeRange } from "./fakeRange";
import { FakeProxy, type Runtime } from "./fakeRuntime";
import type { ChartState, SeriesState, SheetState, WorkbookState } from "./fakeState";

function rangeRef(range: FakeRange): { sheet: SheetState; rect: { row: number; column: number; rows: number; columns: number } } {
  const t = range.target();
  return { sheet: t.sheet, rect: t.rect };
}

export class FakeChartCollection extends FakeProxy<SheetState> {
  protected readonly typeName = "ChartCollection";
  constructor(
    rt: Runtime,
    path: string,
    resolver: () => SheetState | null,
    private readonly state: WorkbookState,
  ) {
    super(rt, path, resolver);
  }
  protected snapshot(): Record<string, unknown> {
    return this.unknownProp("(not loadable in this fake)");
  }

  add(type: string, source: FakeRange, seriesBy: string = "Auto"): FakeChart {
    // The creation operation itself makes the chart, in queue order.
    return new FakeChart(
      this.rt,
      `${this.path}.add()`,
      () => {
        const sheet = this.target();
        sheet.guardWritable("add a chart");
        const { sheet: dataSheet, rect } = rangeRef(source);
        const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rect.rows >= rect.columns);
        const count = byColumns ? rect.columns : rect.rows;
        const series: SeriesState[] = [];
        for (let i = 0; i < count; i++) {
          const sub = byColumns
            ? { row: rect.row, column: rect.column + i, rows: rect.rows, columns: 1 }
            : { row: rect.row + i, column: rect.column, rows: 1, columns: rect.columns };
          series.push({ name: `Series${i + 1}`, values: { sheet: dataSheet, rect: sub } });
        }
        const id = this.state.newId();
        const created: ChartState = { id, name: `Chart ${id}`, type, seriesBy, valueAxis: {}, series };
        sheet.charts.push(created);
        return created;
      },
      { op: "ChartCollection.add", args: [this, type, source, seriesBy] },
    );
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.rt, `${this.path}['${name}']`, () => {
      const found = this.target().charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
      if (!found) throw new FakeOfficeError("ItemNotFound", `No chart named '${name}'.`);
      return found;
    }, { op: "ChartCollection.getItem", args: [this, name] });
  }
}

export class FakeChart extends FakeProxy<ChartState> {
  protected readonly typeName = "Chart";
  constructor(rt: Runtime, path: string, resolver: () => ChartState | null, creation?: { op: string; args: readonly unknown[] }) {
    super(rt, path, resolver, creation);
  }
  protected snapshot(t: ChartState, props: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => (p === "name" ? [p, t.name] : this.unknownProp(p))));
  }
  get name(): string {
    return this.read("name") as string;
  }
  set name(v: string) {
    this.act("name", [v], (t) => (t.name = v));
  }
  setPosition(from: string, to?: string): void {
    this.act("setPosition", [from, to], (t) => (t.position = { from, ...(to ? { to } : {}) }));
  }
  get title(): { text: string } {
    const act = (v: string): void => this.act("title.text", [v], (t) => (t.title = v));
    return { set text(v: string) { act(v); }, get text(): string { throw new FakeOfficeError("PropertyNotLoaded", "Fake: chart title is write-only."); } };
  }
  get legend(): { position: string } {
    const act = (v: string): void => this.act("legend.position", [v], (t) => (t.legendPosition = v));
    return { set position(v: string) { act(v); }, get position(): string { throw new FakeOfficeError("PropertyNotLoaded", "Fake: legend is write-only."); } };
  }
  get axes(): { valueAxis: FakeValueAxis } {
    return { valueAxis: new FakeValueAxis(this.rt, `${this.path}.axes.valueAxis`, () => this.target()) };
  }
  get series(): FakeSeriesCollection {
    return new FakeSeriesCollection(this.rt, `${this.path}.series`, () => this.target());
  }
}

export class FakeValueAxis extends FakeProxy<ChartState> {
  protected readonly typeName = "ChartAxis";
  constructor(rt: Runtime, path: string, resolver: () => ChartState | null) {
    super(rt, path, resolver);
  }
  protected snapshot(): Record<string, unknown> {
    return this.unknownProp("(write-only in this fake)");
  }
  set minimum(v: number) {
    this.act("minimum", [v], (t) => (t.valueAxis.minimum = v));
  }
  set maximum(v: number) {
    this.act("maximum", [v], (t) => (t.valueAxis.maximum = v));
  }
  set numberFormat(v: string) {
    this.act("numberFormat", [v], (t) => (t.valueAxis.numberFormat = v), "1.8");
  }
  set majorUnit(v: number) {
    this.act("majorUnit", [v], (t) => (t.valueAxis.majorUnit = v));
  }
  get title(): { text: string } {
    const act = (v: string): void => this.act("title.text", [v], (t) => (t.valueAxis.title = v));
    return { set text(v: string) { act(v); }, get text(): string { throw new FakeOfficeError("PropertyNotLoaded", "Fake: axis title is write-only."); } };
  }
}

export class FakeSeriesCollection extends FakeProxy<ChartState> {
  protected readonly typeName = "ChartSeriesCollection";
  constructor(rt: Runtime, path: string, resolver: () => ChartState | null) {
    super(rt, path, resolver);
  }
  protected snapshot(t: ChartState, props: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => (p === "count" ? [p, t.series.length] : this.unknownProp(p))));
  }
  getItemAt(index: number): FakeSeries {
    return new FakeSeries(this.rt, `${this.path}[${index}]`, () => {
      const s = this.target().series[index];
      if (!s) throw new FakeOfficeError("InvalidArgument", `The chart has no series at index ${index}.`);
      return s;
    }, { op: "ChartSeriesCollection.getItemAt", args: [this, index] });
  }
  add(name?: string): FakeSeries {
    return new FakeSeries(this.rt, `${this.path}.add(${name ?? ""})`, () => {
      const s: SeriesState = { name: name ?? `Series${this.target().series.length + 1}` };
      this.target().series.push(s);
      return s;
    }, { op: "ChartSeriesCollection.add", args: [this, name], apiSet: "1.7" });
  }
}

export class FakeSeries extends FakeProxy<SeriesState> {
  protected readonly typeName = "ChartSeries";
  constructor(rt: Runtime, path: string, resolver: () => SeriesState | null, creation: { op: string; args: readonly unknown[]; apiSet?: string }) {
    super(rt, path, resolver, creation);
  }
  protected snapshot(t: SeriesState, props: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(props.map((p) => (p === "name" ? [p, t.name] : this.unknownProp(p))));
  }
  get name(): string {
    return this.read("name") as string;
  }
  set name(v: string) {
    this.act("name", [v], (t) => (t.name = v));
  }
  setValues(range: FakeRange): void {
    this.act("setValues", [range], (t) => (t.values = rangeRef(range)), "1.7");
  }
  setXAxisValues(range: FakeRange): void {
    this.act("setXAxisValues", [range], (t) => (t.xValues = rangeRef(range)), "1.7");
  }
  set markerStyle(v: string) {
    this.act("markerStyle", [v], (t) => (t.markerStyle = v), "1.7");
  }
  set smooth(v: boolean) {
    this.act("smooth", [v], (t) => (t.smooth = v), "1.7");
  }
  /** Points, for value labels: `getItemAt(i)` with `hasDataLabel` and `dataLabel.showValue`/`position` (write-only here). */
  get points(): { getItemAt(index: number): { hasDataLabel: boolean; dataLabel: { showValue: boolean; position: string } } } {
    const act = this.act.bind(this);
    return {
      getItemAt: (index: number) => {
        const label = (t: SeriesState, position?: string): void => {
          t.labels = { ...(t.labels ?? {}), [index]: position ?? t.labels?.[index] };
        };
        return {
          set hasDataLabel(v: boolean) { act(`points[${index}].hasDataLabel`, [v], (t) => { if (v) label(t); }, "1.7"); },
          get hasDataLabel(): boolean { throw new FakeOfficeError("PropertyNotLoaded", "Fake: points are write-only."); },
          dataLabel: {
            set showValue(v: boolean) { act(`points[${index}].dataLabel.showValue`, [v], (t) => { if (v) label(t); }, "1.7"); },
            get showValue(): boolean { throw new FakeOfficeError("PropertyNotLoaded", "Fake: points are write-only."); },
            set position(v: string) { act(`points[${index}].dataLabel.position`, [v], (t) => label(t, v), "1.7"); },
            get position(): string { throw new FakeOfficeError("PropertyNotLoaded", "Fake: points are write-only."); },
          },
        };
      },
    };
  }
  get format(): { line: { color: string; lineStyle: string; weight: number } } {
    const act = this.act.bind(this);
    const fail = (): never => {
      throw new FakeOfficeError("PropertyNotLoaded", "Fake: series line format is write-only.");
    };
    return {
      line: {
        set color(v: string) { act("format.line.color", [v], (t) => (t.lineColor = v)); },
        get color(): string { return fail(); },
        set lineStyle(v: string) { act("format.line.lineStyle", [v], (t) => (t.lineStyle = v), "1.7"); },
        get lineStyle(): string { return fail(); },
        set weight(v: number) { act("format.line.weight", [v], (t) => (t.lineWeight = v), "1.7"); },
        get weight(): number { return fail(); },
      },
    };
  }
}
