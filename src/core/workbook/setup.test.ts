import { cellAddress, columnLetters } from "../address";
import type { CellConstant, PlanStep } from "../plan";
import { columnFormula } from "./formulas";
import { CONTRACT_TABLES, LIST_NAMES, ORDERS_TABLE, SETTINGS } from "./schema";
import { isCurrentFormula, planSetup, type SetupSnapshot, type TableSnapshot } from "./setup";

const emptyBook: SetupSnapshot = { sheets: [{ name: "Sheet1", isBlank: true }], tables: [], names: [] };

function stepsOf<K extends PlanStep["kind"]>(steps: PlanStep[], kind: K): Extract<PlanStep, { kind: K }>[] {
  return steps.filter((s): s is Extract<PlanStep, { kind: K }> => s.kind === kind);
}

describe("planSetup on a new workbook", () => {
  const { plan, problems, added } = planSetup(emptyBook, "zh");

  test("adds every contract sheet, in order, with its tab colour and a table at A1", () => {
    expect(problems).toEqual([]);
    expect(stepsOf(plan.steps, "addSheet")).toEqual(
      CONTRACT_TABLES.map((t) => ({ kind: "addSheet", sheet: t.sheet, tabColor: t.tabColor })),
    );
    const tables = stepsOf(plan.steps, "addTable");
    expect(tables.map((t) => [t.sheet, t.table])).toEqual(CONTRACT_TABLES.map((t) => [t.sheet, t.table]));
    expect(tables.find((t) => t.table === "Settings")!.address).toBe(`A1:C${SETTINGS.length + 1}`);
    // A table made from headers alone gets one blank body row, as Excel gives it.
    expect(tables.find((t) => t.table === "Orders")!.address).toBe("A1:AE2");
    expect(added.sheets).toEqual(CONTRACT_TABLES.map((t) => t.sheet));
    expect(added.rows).toBe(SETTINGS.length);
    expect(added.names).toEqual([...SETTINGS.map((s) => s.name), ...LIST_NAMES.map((l) => l.name)]);
  });

  test("writes each table's headers exactly as the contract has them", () => {
    const headerRows = new Map(
      stepsOf(plan.steps, "values")
        .filter((v) => v.address.startsWith("A1:"))
        .map((v) => [v.sheet, v.values[0]]),
    );
    for (const spec of CONTRACT_TABLES) {
      expect(headerRows.get(spec.sheet)).toEqual(spec.columns.map((c) => c.header));
    }
  });

  test("writes the contract's settings with their defaults", () => {
    const values = stepsOf(plan.steps, "values").find((v) => v.sheet === "参数")!.values;
    const byItem = new Map(values.slice(1).map((row) => [row[0], row[1]]));
    expect(byItem.get("净收汇系数")).toBe(0.96);
    expect(byItem.get("订金比例")).toBe(0.3);
    expect(byItem.get("交期预警天数")).toBe(7);
    expect(byItem.get("最低利润率")).toBe(0.1);
    expect(byItem.get("送货单前缀")).toBe("SH");
    expect(byItem.get("退货单前缀")).toBe("TH");
    expect(byItem.get("超发允许比例")).toBe(0);
    expect(byItem.get("对账回传天数")).toBe(7);
    expect(byItem.get("公司名称")).toBeNull();
  });

  test("names every value cell, and the lists drop-downs use", () => {
    const names = new Map(stepsOf(plan.steps, "addName").map((s) => [s.name, s.reference]));
    expect(names.get("FX_USD")).toBe("=参数!$B$5");
    expect(names.get("NET_FACTOR")).toBe("=参数!$B$6");
    expect(names.get("DEPOSIT_RATE")).toBe("=参数!$B$7");
    expect(names.get("LIST_CUSTOMERS")).toBe("=Customers[客户名称]");
    expect(names.get("LIST_PRODUCTS")).toBe("=Products[货号]");
    expect(names.size).toBe(SETTINGS.length + LIST_NAMES.length);
  });

  test("every computed and defaulted column gets its formula; no column the clerk types into does", () => {
    const formulas = stepsOf(plan.steps, "formulas");
    for (const spec of CONTRACT_TABLES) {
      spec.columns.forEach((column, col) => {
        const step = formulas.find((f) => f.sheet === spec.sheet && f.address === cellAddress(1, col));
        const expected = columnFormula(spec.table, column.header);
        expect([spec.table, column.header, step?.formulas]).toEqual([
          spec.table,
          column.header,
          expected === undefined ? undefined : [[expected]],
        ]);
        if (column.computed) expect(expected).toBeDefined();
      });
    }
  });

  test("number formats: dates yyyy-mm-dd, money #,##0.00, rates 0.0%", () => {
    const formats = stepsOf(plan.steps, "numberFormat").filter((f) => f.sheet === "订单");
    const at = (header: string) =>
      formats.find(
        (f) =>
          f.address ===
          cellAddress(
            1,
            ORDERS_TABLE.columns.findIndex((c) => c.header === header),
          ),
      )?.format;
    expect(at("交货日期")).toBe("yyyy-mm-dd");
    expect(at("单价")).toBe("#,##0.00");
    expect(at("金额")).toBe("#,##0.00");
    expect(at("订金比例")).toBe("0.0%");
    expect(at("数量")).toBe("#,##0");
  });

  test("validation on every input column, with a Chinese input message and error alert", () => {
    const rules = stepsOf(plan.steps, "validation").filter((v) => v.sheet === "订单");
    const at = (header: string) =>
      rules.find(
        (v) =>
          v.address ===
          cellAddress(
            1,
            ORDERS_TABLE.columns.findIndex((c) => c.header === header),
          ),
      );
    expect(at("数量")?.rule).toEqual({ kind: "wholeNumber", min: 0, minExclusive: true });
    expect(at("数量")?.prompt).toEqual({ title: "数量", message: "请输入大于 0 的整数。" });
    expect(at("数量")?.error.message).toBe("「数量」必须是大于 0 的整数。");
    expect(at("客户")?.rule).toEqual({ kind: "list", source: "=LIST_CUSTOMERS" });
    expect(at("货号")?.rule).toEqual({ kind: "list", source: "=LIST_PRODUCTS" });
    expect(at("生产状态")?.rule).toEqual({ kind: "list", source: "待排产,生产中,待验货,已验货,已完工" });
    expect(at("单价")?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(at("订金比例")?.rule).toEqual({ kind: "decimal", min: 0, max: 1 });
    expect(at("交货日期")?.rule.kind).toBe("date");
    for (const header of ["金额", "收款状态", "已发数量", "交期状态", "品名"])
      expect(at(header)).toBeUndefined();
    const shipmentQty = stepsOf(plan.steps, "validation").find(
      (v) => v.sheet === "发货" && v.address === cellAddress(1, 11),
    );
    expect(shipmentQty?.rule).toEqual({ kind: "wholeNumber" }); // returns are negative
  });

  test("conditional formats: overdue rows red, due-soon amber, low margin and 待审核 marked", () => {
    const formats = stepsOf(plan.steps, "conditionalFormat");
    const orders = formats.filter((f) => f.sheet === "订单");
    const status = columnLetters(ORDERS_TABLE.columns.findIndex((c) => c.header === "交期状态"));
    expect(orders.map((f) => [f.address, f.formula])).toEqual([
      ["A2:AE2", `=$${status}2="逾期"`],
      ["A2:AE2", `=$${status}2="将到期"`],
    ]);
    const costing = formats.filter((f) => f.sheet === "核价").map((f) => [f.address, f.formula]);
    expect(costing).toEqual([
      ["H2", "=AND(ISNUMBER(H2),H2<MIN_MARGIN)"],
      ["I2", '=I2="待审核"'],
    ]);
  });

  test("freezes every header row", () => {
    expect(stepsOf(plan.steps, "freeze").map((f) => f.sheet)).toEqual(CONTRACT_TABLES.map((t) => t.sheet));
  });
});

describe("planSetup with seed rows (the demo)", () => {
  const row: CellConstant[] = ORDERS_TABLE.columns.map((c) => (c.header === "订单号" ? "PO1" : null));
  const named = [...row];
  named[ORDERS_TABLE.columns.findIndex((c) => c.header === "品名")] = "定制品";
  const { plan } = planSetup(emptyBook, "zh", {
    settings: { 公司名称: "宁波示范厂" },
    rows: { Orders: [row, named, row] },
  });

  test("the table spans its seed rows", () => {
    expect(stepsOf(plan.steps, "addTable").find((t) => t.table === "Orders")!.address).toBe("A1:AE4");
    const values = stepsOf(plan.steps, "values").find((v) => v.sheet === "订单")!;
    expect(values.values).toHaveLength(4);
    expect(values.values[2]![0]).toBe("PO1");
  });

  test("a seeded value in a defaulted column is kept; the rows left blank get the formula", () => {
    const col = columnLetters(ORDERS_TABLE.columns.findIndex((c) => c.header === "品名"));
    const steps = stepsOf(plan.steps, "formulas").filter(
      (f) => f.sheet === "订单" && f.address.startsWith(col),
    );
    expect(steps.map((s) => s.address)).toEqual([`${col}2`, `${col}4`]);
  });

  test("settings take the seed's values", () => {
    const values = stepsOf(plan.steps, "values").find((v) => v.sheet === "参数")!.values;
    expect(values[1]).toEqual(["公司名称", "宁波示范厂", SETTINGS[0]!.note]);
  });
});

/** A workbook setup has already made: every table at A1 with one row, validated and formatted. */
function completeBook(): SetupSnapshot {
  const settingsBody = SETTINGS.map((s) => [s.item, s.defaultValue === "" ? null : s.defaultValue, s.note]);
  return {
    sheets: CONTRACT_TABLES.map((t) => ({ name: t.sheet, isBlank: false })),
    tables: CONTRACT_TABLES.map((t): TableSnapshot => ({
      name: t.table,
      sheet: t.sheet,
      address: `A1:${columnLetters(t.columns.length - 1)}${t.table === "Settings" ? SETTINGS.length + 1 : 2}`,
      headers: t.columns.map((c) => c.header),
      body: t.table === "Settings" ? settingsBody : undefined,
      validated: t.columns.map((c) => c.header),
      conditionalFormats: t.table === "Orders" || t.table === "Costing" ? 2 : 0,
    })),
    names: [...SETTINGS.map((s) => s.name), ...LIST_NAMES.map((l) => l.name)],
  };
}

function withTable(book: SetupSnapshot, table: string, change: Partial<TableSnapshot>): SetupSnapshot {
  return { ...book, tables: book.tables.map((t) => (t.name === table ? { ...t, ...change } : t)) };
}

describe("planSetup on a workbook that has it", () => {
  test("plans nothing when everything is there", () => {
    const result = planSetup(completeBook(), "zh");
    expect(result.plan.steps).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  test("appends only the missing settings below the table and names them", () => {
    const book = completeBook();
    const settings = book.tables[0]!;
    const partial = withTable(
      {
        ...book,
        names: ["COMPANY_NAME", "COMPANY_ADDRESS", "COMPANY_PHONE", "LIST_CUSTOMERS", "LIST_PRODUCTS"],
      },
      "Settings",
      {
        address: "A1:D4",
        headers: ["项目", "值", "说明", "我的备注"],
        body: settings.body!.slice(0, 3).map((r) => [...r, "keep"]),
      },
    );
    const { plan } = planSetup(partial, "en");
    const values = stepsOf(plan.steps, "values");
    expect(values).toHaveLength(1);
    expect(values[0]!.address).toBe(`A5:D${4 + SETTINGS.length - 3}`);
    expect(values[0]!.values[0]).toEqual(["美元汇率", 7.1, SETTINGS[3]!.note, null]);
    const names = stepsOf(plan.steps, "addName");
    expect(names.map((n) => n.name)).toEqual(SETTINGS.slice(3).map((s) => s.name));
    expect(names[0]!.reference).toBe("=参数!$B$5");
    expect(stepsOf(plan.steps, "addSheet")).toEqual([]);
    expect(stepsOf(plan.steps, "addTable")).toEqual([]);
  });

  test("a name that points elsewhere is left alone; a missing one is added where its item is", () => {
    const book = completeBook();
    const moved = withTable({ ...book, names: book.names.filter((n) => n !== "FX_USD") }, "Settings", {
      address: `C3:E${SETTINGS.length + 3}`,
    });
    const names = stepsOf(planSetup(moved, "zh").plan.steps, "addName");
    expect(names).toEqual([
      { kind: "addName", name: "FX_USD", reference: "=参数!$D$7", comment: "美元汇率" },
    ]);
  });

  describe("a customised 订单 table at B3 with a column of the user's, two contract columns gone, no rules", () => {
    const headers = ORDERS_TABLE.columns
      .map((c) => c.header)
      .filter((h) => h !== "延期天数" && h !== "客户PO号");
    headers.splice(3, 0, "我的列");
    // B3 header row, 100 body rows: B4:…103
    const last = columnLetters(1 + headers.length - 1);
    const book = withTable(completeBook(), "Orders", {
      address: `B3:${last}103`,
      headers,
      validated: [],
      conditionalFormats: 0,
    });
    const { plan, added } = planSetup(book, "zh");

    test("appends the missing columns at the table's right end, in contract order", () => {
      expect(stepsOf(plan.steps, "addTableColumn")).toEqual([
        { kind: "addTableColumn", table: "Orders", header: "客户PO号" },
        { kind: "addTableColumn", table: "Orders", header: "延期天数" },
      ]);
      expect(added.columns).toEqual(["订单!客户PO号", "订单!延期天数"]);
    });

    test("fills the appended computed column's formula over every body row", () => {
      const col = columnLetters(1 + headers.length + 1);
      const formulas = stepsOf(plan.steps, "formulas");
      expect(formulas).toHaveLength(1);
      expect(formulas[0]!.address).toBe(`${col}4:${col}103`);
      expect(formulas[0]!.formulas).toHaveLength(100);
      expect(formulas[0]!.formulas[99]).toEqual([columnFormula("Orders", "延期天数")]);
    });

    test("adds validation to the contract's columns where they are, and formats that find 交期状态", () => {
      const rules = stepsOf(plan.steps, "validation");
      const qty = columnLetters(1 + headers.indexOf("数量"));
      expect(rules.find((r) => r.address === `${qty}4:${qty}103`)?.rule).toMatchObject({
        kind: "wholeNumber",
      });
      const formats = stepsOf(plan.steps, "conditionalFormat");
      const status = columnLetters(1 + headers.indexOf("交期状态"));
      const wide = columnLetters(1 + headers.length + 1);
      expect(formats.map((f) => [f.address, f.formula])).toEqual([
        [`B4:${wide}103`, `=$${status}4="逾期"`],
        [`B4:${wide}103`, `=$${status}4="将到期"`],
      ]);
    });

    test("writes no value over anything the user has", () => {
      expect(stepsOf(plan.steps, "values")).toEqual([]);
      expect(stepsOf(plan.steps, "columnWidth").map((w) => w.address)).toEqual([
        `${columnLetters(1 + headers.length)}3`,
        `${columnLetters(1 + headers.length + 1)}3`,
      ]);
    });
  });
});

describe("planSetup brings older formulas of ours up to date", () => {
  const orders = ORDERS_TABLE.columns.map((c) => c.header);
  /** The first body row as a workbook gives it back: today's formulas, with `changes` applied. */
  function firstRow(headers: readonly string[], changes: Record<string, string>): string[] {
    return headers.map((h) => changes[h] ?? columnFormula("Orders", h) ?? "");
  }
  const oldShipped = "=SUMIFS(Shipments[数量],Shipments[订单号],[@订单号],Shipments[行号],[@行号])";

  test("a computed column holding an older formula gets today's over every body row", () => {
    const book = withTable(completeBook(), "Orders", {
      address: `A1:${columnLetters(orders.length - 1)}301`,
      formulas: firstRow(orders, { 已发数量: oldShipped }),
    });
    const { plan, added } = planSetup(book, "zh");
    const col = columnLetters(orders.indexOf("已发数量"));
    expect(plan.steps).toEqual([
      {
        kind: "formulas",
        sheet: "订单",
        address: `${col}2:${col}301`,
        formulas: Array.from({ length: 300 }, () => [columnFormula("Orders", "已发数量")]),
      },
    ]);
    expect(added.formulas).toEqual(["订单!已发数量"]);
  });

  test("a table from before 订单首行: the new columns come first, then the formulas that name them", () => {
    const before = orders.filter((h) => !["订单首行", "首行总额", "首行已收"].includes(h));
    const old = {
      订单总额: '=IF([@订单号]="","",ROUND(SUMIF(Orders[订单号],[@订单号],Orders[金额]),2))',
      订单已收: '=IF([@订单号]="","",ROUND(SUMIF(Payments[订单号],[@订单号],Payments[金额]),2))',
    };
    const book = withTable(completeBook(), "Orders", {
      address: `A1:${columnLetters(before.length - 1)}3`,
      headers: before,
      formulas: firstRow(before, old),
    });
    const { plan, added } = planSetup(book, "zh");
    expect(added.columns).toEqual(["订单!订单首行", "订单!首行总额", "订单!首行已收"]);
    expect(added.formulas).toEqual(["订单!订单总额", "订单!订单已收"]);
    const kinds = plan.steps.map((s) => (s.kind === "formulas" ? `formulas ${s.address}` : s.kind));
    const total = columnLetters(before.indexOf("订单总额"));
    expect(kinds.indexOf(`formulas ${total}2:${total}3`)).toBeGreaterThan(
      kinds.lastIndexOf("addTableColumn"),
    );
  });

  test("a value typed over a computed column, a defaulted column's formula and a current one stay", () => {
    const book = withTable(completeBook(), "Orders", {
      formulas: firstRow(orders, {
        已发数量: "12",
        品名: '=IF([@货号]="","",VLOOKUP([@货号],Products,2,FALSE))',
      }),
    });
    expect(planSetup(book, "zh").plan.steps).toEqual([]);
  });

  test("Excel's way of giving a formula back (own table's name left out, other spacing) counts as current", () => {
    const spec = ORDERS_TABLE;
    const column = spec.columns.find((c) => c.header === "订单总额")!;
    const ours = columnFormula("Orders", "订单总额")!;
    expect(isCurrentFormula(spec, column, ours)).toBe(true);
    expect(isCurrentFormula(spec, column, ours.replace("Orders[首行总额]", "[首行总额]"))).toBe(true);
    expect(isCurrentFormula(spec, column, ours.replace(",INDEX(", ", index("))).toBe(true);
    expect(isCurrentFormula(spec, column, ours.replace("首行总额", "首行已收"))).toBe(false);
    // Another table's name is part of the formula.
    const paid = spec.columns.find((c) => c.header === "订单已收")!;
    const paidFormula = columnFormula("Orders", "订单已收")!;
    expect(isCurrentFormula(spec, paid, paidFormula.replace("Orders[", "MyOrders["))).toBe(false);
  });
});

describe("planSetup refuses to take over the user's things", () => {
  test("a non-blank sheet 订单 without our table: refused, named, nothing planned", () => {
    const snapshot: SetupSnapshot = { sheets: [{ name: "订单", isBlank: false }], tables: [], names: [] };
    const { plan, problems } = planSetup(snapshot, "zh");
    expect(plan.steps).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: "error",
      code: "sheet-not-ours",
      sheet: "订单",
      cell: "A1",
    });
    expect(problems[0]!.message).toContain("订单");
    expect(planSetup(snapshot, "en").problems[0]!.message).toMatch(/Rename or move it/);
  });

  test("a blank sheet 参数 is used as it is", () => {
    const { plan, problems } = planSetup(
      { sheets: [{ name: "参数", isBlank: true }], tables: [], names: [] },
      "zh",
    );
    expect(problems).toEqual([]);
    expect(stepsOf(plan.steps, "addSheet").map((s) => s.sheet)).not.toContain("参数");
    expect(stepsOf(plan.steps, "addTable").filter((t) => t.sheet === "参数")).toHaveLength(1);
  });

  test("our table on another sheet", () => {
    const snapshot: SetupSnapshot = {
      sheets: [{ name: "Sheet1", isBlank: false }],
      tables: [
        { name: "settings", sheet: "Sheet1", address: "A1:C2", headers: ["项目", "值", "说明"], body: [] },
      ],
      names: [],
    };
    const { plan, problems } = planSetup(snapshot, "en");
    expect(plan.steps).toEqual([]);
    expect(problems[0]).toMatchObject({ code: "table-elsewhere", sheet: "Sheet1" });
  });

  test("a workbook name that a table needs", () => {
    const { plan, problems } = planSetup({ ...emptyBook, names: ["Orders"] }, "zh");
    expect(plan.steps).toEqual([]);
    expect(problems).toMatchObject([{ code: "name-taken", params: { name: "Orders" } }]);
  });
});
