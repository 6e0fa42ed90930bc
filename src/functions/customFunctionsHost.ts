/**
 * The part of Excel's custom functions runtime this add-in uses. office.js
 * defines `CustomFunctions` as a global only where custom functions run (the
 * shared runtime); no typings for it are installed, so it is described here.
 */
import type { ArgumentInvocation } from "./blankArguments";

export interface CustomFunctionsHost {
  associate(id: string, implementation: (...args: never[]) => unknown): void;
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: { invalidValue: string };
}

/** The runtime's `CustomFunctions` global, or undefined outside a custom functions runtime. */
export function customFunctionsHost(): CustomFunctionsHost | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsHost }).CustomFunctions;
}

/** Where functions are registered: the runtime's registry, or one that ignores them. */
export type FunctionRegistry = Pick<CustomFunctionsHost, "associate">;

/**
 * The registry to associate functions with. Outside Excel (taskpane.html opened
 * on its own, a test) there is nothing to register with, and that is not an error.
 */
export function functionRegistry(host: CustomFunctionsHost | undefined = customFunctionsHost()): FunctionRegistry {
  return host ?? { associate: () => undefined };
}

declare global {
  /** The runtime's types, as far as the functions use them (no typings package is installed). */
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the metadata generator recognises this exact type name
  namespace CustomFunctions {
    /** Passed last to a function tagged @requiresParameterAddresses. */
    interface Invocation extends ArgumentInvocation {
      address?: string;
    }
  }
}
