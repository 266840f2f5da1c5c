import type { Actions } from "../excel/actions";
import { lazyActions } from "./lazyActions";

/** Loaded actions that answer trackingView and selectCell, recording the calls. */
function loadedActions(calls: string[]): Actions {
  const actions: Partial<Actions> = {
    trackingView: async () => {
      calls.push("trackingView");
      return { urgent: [], byProduction: [], urgentTotal: 0 };
    },
    selectCell: async (sheet, cell) => {
      calls.push(`selectCell ${sheet}!${cell}`);
    },
  };
  return actions as Actions;
}

describe("lazyActions", () => {
  test("nothing is loaded until an action runs; then once, for every action", async () => {
    const calls: string[] = [];
    let loads = 0;
    const actions = lazyActions(async () => {
      loads += 1;
      return loadedActions(calls);
    });
    expect(loads).toBe(0);
    await Promise.all([actions.selectCell("订单", "B3"), actions.trackingView()]);
    expect(await actions.trackingView()).toEqual({ urgent: [], byProduction: [], urgentTotal: 0 });
    expect(loads).toBe(1);
    expect(calls).toEqual(["selectCell 订单!B3", "trackingView", "trackingView"]);
  });

  test("a failed load fails the action with its error, and the next action tries again", async () => {
    const calls: string[] = [];
    let loads = 0;
    const actions = lazyActions(async () => {
      loads += 1;
      if (loads === 1) throw new Error("Loading chunk actions failed");
      return loadedActions(calls);
    });
    await expect(actions.trackingView()).rejects.toThrow("Loading chunk actions failed");
    await actions.selectCell("订单", "A1");
    expect(loads).toBe(2);
    expect(calls).toEqual(["selectCell 订单!A1"]);
  });

  test("an action's own failure is passed on, and the code stays loaded", async () => {
    let loads = 0;
    const actions = lazyActions(async () => {
      loads += 1;
      return { selectCell: () => Promise.reject(new Error("ItemNotFound")) } as unknown as Actions;
    });
    await expect(actions.selectCell("Nope", "A1")).rejects.toThrow("ItemNotFound");
    await expect(actions.selectCell("Nope", "A1")).rejects.toThrow("ItemNotFound");
    expect(loads).toBe(1);
  });

  test("an action the loaded code lacks fails clearly; the object is not a thenable", async () => {
    const actions = lazyActions(async () => ({}) as Actions);
    await expect(actions.costingView()).rejects.toThrow("No action named costingView");
    expect((actions as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(Promise.resolve(actions)).resolves.toBe(actions);
  });
});
