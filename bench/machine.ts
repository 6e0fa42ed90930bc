/** The machine a benchmark ran on, as results.md states it. */
import { readFileSync } from "node:fs";
import os from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  os: string;
  /** ISO date and time the run started. */
  date: string;
  /** 1-minute load average when the run started: other work on the machine slows the wall times. */
  loadAtStart: number;
}

function cpuModel(): string {
  try {
    const lines = readFileSync("/proc/cpuinfo", "utf8").split("\n");
    const field = (name: string): string | undefined =>
      lines
        .find((l) => l.split(":")[0]!.trim() === name)
        ?.split(":")[1]
        ?.trim();
    const model = field("model name");
    if (model) {
      const family = field("cpu family");
      const number = field("model");
      const virtual = field("flags")?.split(" ").includes("hypervisor") ? ", virtual machine" : "";
      return `${model}${family ? ` (family ${family}, model ${number}${virtual})` : ""}`;
    }
  } catch {
    // Not Linux: fall back to what Node reports.
  }
  return os.cpus()[0]?.model ?? "unknown";
}

export function describeMachine(now: Date = new Date()): Machine {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    date: now.toISOString(),
    loadAtStart: os.loadavg()[0]!,
  };
}

/** The 1-minute load average now. */
export function loadNow(): number {
  return os.loadavg()[0]!;
}
