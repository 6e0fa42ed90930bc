/**
 * The workbook's document settings as the pane sees them: named JSON values
 * saved inside the workbook. In Office this is `Office.context.document.settings`
 * (src/excel/officeSettings.ts); tests and the browser harness use `memorySettings`.
 */
export interface DocumentSettings {
  /** The stored value, or undefined when there is none. */
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Writes the settings into the workbook. Rejects when the host refuses. */
  save(): Promise<void>;
}

/** Document settings held in memory; `saved` is what the last `save()` stored. */
export interface MemorySettings extends DocumentSettings {
  readonly saved: Readonly<Record<string, unknown>>;
  readonly saves: number;
}

/** In-memory settings starting from `initial` (as if already saved). Values are copied as JSON, as Office does. */
export function memorySettings(initial: Record<string, unknown> = {}): MemorySettings {
  const copy = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  let live: Record<string, unknown> = copy(initial) as Record<string, unknown>;
  let saved: Record<string, unknown> = copy(initial) as Record<string, unknown>;
  let saves = 0;
  return {
    get: (name) => copy(live[name]),
    set: (name, value) => {
      live[name] = copy(value);
    },
    remove: (name) => {
      const { [name]: _gone, ...rest } = live;
      live = rest;
    },
    save: async () => {
      saves++;
      saved = copy(live) as Record<string, unknown>;
    },
    get saved() {
      return saved;
    },
    get saves() {
      return saves;
    },
  };
}
