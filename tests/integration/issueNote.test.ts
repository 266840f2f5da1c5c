/**
 * Issuing notes through the real excel/ code on memory-excel: requests made, the note sheet and its
 * 发货 rows landing together, the orders' formulas seeing them, and two co-authors issuing at the
 * same moment in every order their requests can interleave.
 */
import { missingLedgerLines } from "../../src/core/notes/ledger";
import type { NoteDocument, NoteRequest } from "../../src/core/notes/note";
import { ORDERS_TABLE, SHIPMENTS_TABLE } from "../../src/core/workbook/schema";
import type { TableData } from "../../src/core/workbook/tableData";
import { createActions } from "../../src/excel/actions";
import type { ExcelRunner } from "../../src/excel/host";
import type { NoteOutcome } from "../../src/excel/noteActions";
import { readTables } from "../../src/excel/readTables";
import { MemoryWorkbook } from "../../src/memory-excel";
import { demoBook, noteRequest, TODAY } from "../support/demoBook";

const request = noteRequest;

async function tables(book: MemoryWorkbook): Promise<Record<string, TableData>> {
  const { data } = await book.run((context) =>
    readTables(context, [ORDERS_TABLE.table, SHIPMENTS_TABLE.table]),
  );
  return data as Record<string, TableData>;
}

function cell(table: TableData, row: number, header: string): unknown {
  return table.rows[row]![table.headers.indexOf(header)];
}

function orderRow(orders: TableData, orderNo: string, lineNo: number): number {
  return orders.rows.findIndex((r) => r[0] === orderNo && r[1] === lineNo);
}

describe("issueNote on the demo workbook", () => {
  test("one read, one write, one verify; the sheet is active and the orders' formulas count the new rows", async () => {
    const book = await demoBook({ engine: true });
    const actions = createActions((batch) => book.run(batch), { today: () => TODAY });
    const outcome = await actions.issueNote(request("delivery", "PO2610-004:1=100,PO2610-004:2=200"));
    expect(outcome.problems).toEqual([]);
    expect(outcome.done).toMatchObject({
      code: "delivery-issued",
      params: { number: "SH20261123-01", quantity: 300 },
    });
    expect(book.syncLog.map((s) => [s.cells > 0 ? "write" : "read", s.failed])).toEqual([
      ["read", false],
      ["write", false],
      ["read", false],
    ]);
    expect(Math.max(...book.syncLog.map((s) => s.requestBytes))).toBeLessThan(1_000_000);
    expect(book.model.sheets.find((s) => s.id === book.model.activeSheetId)?.name).toBe("SH20261123-01");

    const { Orders: orders, Shipments: ledger } = await tables(book);
    const row = orderRow(orders!, "PO2610-004", 1);
    expect([
      cell(orders!, row, "已发数量"),
      cell(orders!, row, "未发数量"),
      cell(orders!, row, "交期状态"),
    ]).toEqual([100, 300, expect.any(String)]);
    expect(missingLedgerLines(outcome.note!, ledger!)).toEqual([]);
  });

  test("a refusal makes one read and writes nothing", async () => {
    const book = await demoBook();
    const version = book.model.version;
    const actions = createActions((batch) => book.run(batch), { today: () => TODAY });
    const outcome = await actions.issueNote(request("delivery", "PO2609-001:1=1"), undefined, "en");
    expect(outcome.problems.map((p) => p.code)).toEqual(["note-fully-shipped"]);
    expect(outcome.problems[0]!.message).toMatch(/fully shipped/);
    expect(book.syncLog).toHaveLength(1);
    expect(book.model.version).toBe(version);
  });

  test("a workbook without 发货 is told so", async () => {
    const book = await demoBook();
    await book.run(async (context) => {
      context.workbook.tables.getItem(SHIPMENTS_TABLE.table).delete();
      await context.sync();
    });
    const actions = createActions((batch) => book.run(batch), { today: () => TODAY });
    const outcome = await actions.issueNote(request("delivery", "PO2610-004:1=1"));
    expect(outcome.problems.map((p) => [p.code, p.sheet])).toEqual([["table-missing", "发货"]]);
  });
});

/**
 * A runner whose syncs wait for their turn: `schedule` lists which co-author's request goes next
 * ("A" or "B"). A co-author absent from what is left of the schedule goes freely.
 */
class Turns {
  private readonly waiting: (() => void)[] = [];
  constructor(private schedule: string[]) {}

  runner(book: MemoryWorkbook, who: string): ExcelRunner {
    return async (batch) => {
      try {
        return await book.run((context) => {
          const sync = context.sync.bind(context);
          const turned = new Proxy(context, {
            get: (target, prop, receiver) =>
              prop === "sync"
                ? async () => {
                    await this.turn(who);
                    try {
                      return await sync();
                    } finally {
                      this.done(who);
                    }
                  }
                : (Reflect.get(target, prop, receiver) as unknown),
          });
          return batch(turned);
        });
      } finally {
        this.schedule = this.schedule.filter((w) => w !== who);
        this.wake();
      }
    };
  }

  private async turn(who: string): Promise<void> {
    while (this.schedule.includes(who) && this.schedule[0] !== who) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private done(who: string): void {
    if (this.schedule[0] === who) this.schedule.shift();
    this.wake();
  }

  private wake(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

/** Every order of `a` A-turns and `b` B-turns. */
function interleavings(a: number, b: number): string[][] {
  if (a === 0) return [Array<string>(b).fill("B")];
  if (b === 0) return [Array<string>(a).fill("A")];
  return [
    ...interleavings(a - 1, b).map((rest) => ["A", ...rest]),
    ...interleavings(a, b - 1).map((rest) => ["B", ...rest]),
  ];
}

describe("two co-authors issuing at the same moment", () => {
  const pairs: [string, NoteRequest, NoteRequest][] = [
    [
      "two deliveries",
      request("delivery", "PO2610-004:1=100,PO2610-004:2=200"),
      request("delivery", "PO2611-001:1=50"),
    ],
    [
      "a delivery and a return",
      request("delivery", "PO2611-001:1=50,PO2611-001:2=10"),
      request("return", "PO2609-001:1=20"),
    ],
  ];
  // read, write, verify each: 20 orders of the six requests.
  const orders = interleavings(3, 3);

  test.each(pairs)(
    "%s: distinct numbers, both notes complete, every ledger row present once",
    async (_, a, b) => {
      for (const schedule of orders) {
        const book = await demoBook();
        const before = (await tables(book)).Shipments!.rows.length;
        const turns = new Turns([...schedule]);
        const actionsOf = (who: string) => createActions(turns.runner(book, who), { today: () => TODAY });
        const [first, second]: [NoteOutcome, NoteOutcome] = await Promise.all([
          actionsOf("A").issueNote(a),
          actionsOf("B").issueNote(b),
        ]);
        const label = schedule.join("");
        expect([label, first.problems, second.problems]).toEqual([label, [], []]);
        const notes = [first.note!, second.note!];
        expect(new Set(notes.map((n) => n.number)).size).toBe(2);
        const sheets = book.model.sheets.map((s) => s.name);
        for (const note of notes) expect([label, sheets.includes(note.number)]).toEqual([label, true]);

        const ledger = (await tables(book)).Shipments!;
        for (const note of notes)
          expect([label, note.number, missingLedgerLines(note, ledger)]).toEqual([label, note.number, []]);
        // Nothing twice, nothing lost of what was there before.
        const added = notes.reduce((n: number, note: NoteDocument) => n + note.lines.length, 0);
        const filled = ledger.rows.filter((r) => r.some((v) => v !== "" && v !== null)).length;
        expect([label, filled]).toEqual([label, before + added]);
      }
    },
  );
});
