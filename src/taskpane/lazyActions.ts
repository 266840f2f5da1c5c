import type { Actions } from "../excel/actions";

/**
 * Actions whose code is fetched when the first of them runs: `load` (a dynamic import, a chunk
 * of its own) is called once and shared by every action; if it fails, the action fails with its
 * error and the next action tries again. Every action is asynchronous (one `Excel.run` each), so
 * each can wait for the code first; the pane renders without it.
 */
export function lazyActions(load: () => Promise<Actions>): Actions {
  let loading: Promise<Actions> | null = null;
  const actions = () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return new Proxy({} as Actions, {
    get: (_target, name) => {
      // Not a thenable: `await`ing the actions object must not look for an action called then.
      if (typeof name !== "string" || name === "then") return undefined;
      return async (...args: unknown[]) => {
        const loaded = (await actions()) as unknown as Record<string, (...a: unknown[]) => unknown>;
        const action = loaded[name];
        if (typeof action !== "function") throw new TypeError(`No action named ${name}`);
        return await action.apply(loaded, args);
      };
    },
  });
}
