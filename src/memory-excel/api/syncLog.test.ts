import { MemoryWorkbook, OfficeError, REQUEST_PAYLOAD_LIMIT_BYTES } from "../index";
import { modelSnapshot } from "./testing";
import { getCell } from "../model";

async function errorOf(promise: Promise<unknown>): Promise<OfficeError | null> {
  try {
    await promise;
  } catch (e) {
    return e as OfficeError;
  }
  return null;
}

describe("sync log", () => {
  test("one record per sync with operations, bytes, written and read cells", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["订单", 1],
        ["x", 2],
      ];
      await context.sync();
      sheet.getRange("A1:C3").load("values");
      await context.sync();
      // An empty queue sends nothing.
      await context.sync();
    });
    expect(book.syncLog).toHaveLength(2);
    const [write, read] = book.syncLog;
    // getItem, getRange, set values.
    expect(write).toMatchObject({ operations: 3, cells: 4, readCells: 0, failed: false, contextId: 1 });
    expect(write!.requestBytes).toBeGreaterThan(
      JSON.stringify([
        ["订单", 1],
        ["x", 2],
      ]).length,
    );
    // getRange and load: the sheet proxy was resolved by the first sync.
    expect(read).toMatchObject({ operations: 2, cells: 0, readCells: 9, failed: false });
    book.resetSyncLog();
    expect(book.syncLog).toHaveLength(0);
  });

  test("request bytes grow with the data and count UTF-8 bytes", async () => {
    const book = new MemoryWorkbook();
    for (const text of ["aaaa", "订单订单"]) {
      await book.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[text]];
        await context.sync();
      });
    }
    const [ascii, cjk] = book.syncLog.map((r) => r.requestBytes);
    // Four CJK characters take 12 bytes where four ASCII letters take 4.
    expect(cjk! - ascii!).toBe(8);
  });

  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const book = new MemoryWorkbook();
    const rows = 60_000;
    const big = Array.from({ length: rows }, (_, r) => [`row ${r} ${"x".repeat(80)}`]);
    const error = await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("C1").values = [["first"]];
      sheet.getRange(`A1:A${rows}`).values = big;
      return errorOf(context.sync());
    });
    expect(error?.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(book.syncLog[0]!.requestBytes).toBeGreaterThan(REQUEST_PAYLOAD_LIMIT_BYTES);
    expect(book.syncLog[0]!.failed).toBe(true);
    expect(getCell(book.model.sheets[0]!, 0, 2)).toBeUndefined();
  });

  test("failSync 'before': the request is lost and the workbook untouched", async () => {
    const book = new MemoryWorkbook();
    const before = modelSnapshot(book.model);
    book.failSync(1, "before");
    const error = await book.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      context.workbook.worksheets.add("订单");
      return errorOf(context.sync());
    });
    expect(error).toBeInstanceOf(OfficeError);
    expect(modelSnapshot(book.model)).toBe(before);
    expect(book.syncLog.map((r) => r.failed)).toEqual([true]);
  });

  test("failSync 'after': the changes apply but the caller gets an error; only the n-th sync fails", async () => {
    const book = new MemoryWorkbook();
    book.failSync(2, "after");
    let second: OfficeError | null = null;
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
      const snapshot = modelSnapshot(book.model);
      sheet.getRange("A2").values = [[2]];
      second = await errorOf(context.sync());
      expect(modelSnapshot(book.model)).not.toBe(snapshot);
      sheet.getRange("A3").values = [[3]];
      await context.sync();
    });
    expect(second).toBeInstanceOf(OfficeError);
    expect(book.syncLog.map((r) => r.failed)).toEqual([false, true, false]);
    expect(getCell(book.model.sheets[0]!, 1, 0)?.value).toBe(2);
  });
});

describe("two contexts", () => {
  test("co-authors' syncs interleave on one model; each reads what the other wrote before its load", async () => {
    const book = new MemoryWorkbook();
    const alice = book.createContext();
    const bob = book.createContext();
    const aliceSheet = alice.workbook.worksheets.getItem("Sheet1");
    const bobSheet = bob.workbook.worksheets.getItem("Sheet1");
    aliceSheet.getRange("A1").values = [["alice"]];
    const bobRead = bobSheet.getRange("A1").load("values");
    // Bob's load was queued but not sent: Alice's write is not in his result yet.
    await bob.sync();
    expect(bobRead.values).toEqual([[""]]);
    await alice.sync();
    bobSheet.getRange("A2").values = [["bob"]];
    const again = bobSheet.getRange("A1:A2").load("values");
    await bob.sync();
    expect(again.values).toEqual([["alice"], ["bob"]]);
    expect(book.syncLog.map((r) => r.contextId)).toEqual([2, 1, 2]);
  });

  test("both writing below the same table: the table absorbs both blocks", async () => {
    const book = new MemoryWorkbook();
    await book.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B2").values = [
        ["单号", "数量"],
        ["D1", 1],
      ];
      sheet.tables.add("A1:B2", true).name = "Orders";
      await context.sync();
    });
    const read = async (context: Excel.RequestContext): Promise<number> => {
      const rows = context.workbook.tables.getItem("Orders").rows.load("count");
      await context.sync();
      return rows.count;
    };
    const alice = book.createContext();
    const bob = book.createContext();
    const [aliceRows, bobRows] = await Promise.all([read(alice), read(bob)]);
    expect([aliceRows, bobRows]).toEqual([1, 1]);
    alice.workbook.worksheets.getItem("Sheet1").getRange("A3:B3").values = [["D2", 2]];
    bob.workbook.worksheets.getItem("Sheet1").getRange("A3:B3").values = [["D3", 3]];
    await Promise.all([alice.sync(), bob.sync()]);
    // Both wrote the same row: the later write wins, which the add-in's verify step must catch.
    expect(getCell(book.model.sheets[0]!, 2, 0)?.value).toBe("D3");
    expect(await read(alice)).toBe(2);
  });

  test("a proxy of one context used in another's call is refused with InvalidArgument", async () => {
    const book = new MemoryWorkbook();
    const a = book.createContext();
    const b = book.createContext();
    const range = a.workbook.worksheets.getItem("Sheet1").getRange("A1");
    let error: OfficeError | null = null;
    try {
      b.workbook.names.add("X", range);
    } catch (e) {
      error = e as OfficeError;
    }
    expect(error?.code).toBe("InvalidArgument");
    expect(() => b.workbook.worksheets.getItem("Sheet1").freezePanes.freezeAt(range)).toThrow(OfficeError);
  });
});

describe("change listeners", () => {
  test("onChange is called after syncs that changed the model, and not after reads or once unsubscribed", async () => {
    const book = new MemoryWorkbook();
    let calls = 0;
    const unsubscribe = book.onChange(() => {
      calls += 1;
    });
    await book.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      await context.sync();
      range.load("values");
      await context.sync();
      unsubscribe();
      range.values = [[2]];
      await context.sync();
    });
    expect(calls).toBe(1);
    expect(book.model.version).toBeGreaterThan(0);
  });
});
