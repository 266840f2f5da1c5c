/**
 * 载入示例数据 of the workbench: sets the workbook up, then fills in a small, believable sample —
 * company settings and a few customers, products, costings and order lines — in whichever of the
 * contract's tables exist. Stands in until the full demo (`gendan init --demo`) lands.
 */
import type { CellConstant } from "../core/plan";
import { createActions, type ActionOutcome } from "../excel/actions";
import type { ExcelRunner } from "../excel/host";
import { localDateSerial } from "../memory-excel/numberFormat";

/** A date as days from the day the sample is loaded, so due-date statuses show every case. */
export interface RelativeDate {
  daysFromToday: number;
}

export type SampleValue = string | number | RelativeDate;
export type SampleRecord = Readonly<Record<string, SampleValue>>;

/** 参数 values to fill in where the clerk has not typed one, by 项目. */
export const SAMPLE_SETTINGS: Readonly<Record<string, string | number>> = {
  公司名称: "东莞市恒达五金制品有限公司",
  公司地址: "广东省东莞市长安镇振安路 88 号",
  联系电话: "0769-8555 1234",
};

/** Sample rows by table name, keyed by column header; columns computed by formulas are left alone. */
export const SAMPLE_ROWS: Readonly<Record<string, readonly SampleRecord[]>> = {
  Customers: [
    {
      客户编号: "C001",
      客户名称: "深圳市美佳电器有限公司",
      联系人: "李小姐",
      电话: "0755-2666 8888",
      地址: "深圳市宝安区西乡街道 1 号",
      结算方式: "月结30天",
      币种: "CNY",
      期初应收: 12800,
      业务员: "王芳",
    },
    {
      客户编号: "C002",
      客户名称: "Brightway Trading Ltd.",
      联系人: "Tom Baker",
      电话: "+44 20 7946 0958",
      地址: "12 Harbour Road, Leeds, UK",
      结算方式: "款到发货",
      币种: "USD",
      期初应收: 0,
      业务员: "陈明",
    },
  ],
  Products: [
    {
      货号: "HD-1001",
      品名: "不锈钢合页",
      规格: "4寸 304",
      颜色: "银色",
      单位: "只",
      装箱数: 200,
      毛重: 12.5,
      净重: 11.8,
    },
    {
      货号: "HD-2002",
      品名: "铝合金拉手",
      规格: "128mm",
      颜色: "黑色",
      单位: "只",
      装箱数: 100,
      毛重: 9.2,
      净重: 8.6,
    },
    {
      货号: "HD-3003",
      品名: "锌合金门锁",
      规格: "SL-60",
      颜色: "古铜",
      单位: "套",
      装箱数: 20,
      毛重: 15,
      净重: 13.9,
    },
  ],
  Costing: [
    { 货号: "HD-1001", 贸易方式: "一般贸易", 成本: 3.2, 美金卖价: 0.62, 审核状态: "已审核", 审核人: "陈明" },
    { 货号: "HD-3003", 贸易方式: "进料加工", 成本: 41, 美金卖价: 6.1, 审核状态: "待审核" },
  ],
  Orders: [
    {
      订单号: "DD2024001",
      行号: 1,
      客户PO号: "MJ-7781",
      下单日期: { daysFromToday: -20 },
      客户: "深圳市美佳电器有限公司",
      货号: "HD-1001",
      数量: 2000,
      币种: "CNY",
      单价: 4.5,
      交货日期: { daysFromToday: -2 },
      物料状态: "已齐料",
      生产状态: "生产中",
      完成数量: 1500,
      跟单员: "王芳",
    },
    {
      订单号: "DD2024001",
      行号: 2,
      客户PO号: "MJ-7781",
      下单日期: { daysFromToday: -20 },
      客户: "深圳市美佳电器有限公司",
      货号: "HD-2002",
      数量: 800,
      币种: "CNY",
      单价: 6.8,
      交货日期: { daysFromToday: 4 },
      物料状态: "备料中",
      生产状态: "待排产",
      跟单员: "王芳",
    },
    {
      订单号: "DD2024002",
      行号: 1,
      客户PO号: "BW-0412",
      下单日期: { daysFromToday: -6 },
      客户: "Brightway Trading Ltd.",
      货号: "HD-3003",
      数量: 300,
      币种: "USD",
      单价: 6.1,
      交货日期: { daysFromToday: 30 },
      物料状态: "未备料",
      生产状态: "待排产",
      跟单员: "陈明",
    },
  ],
};

function resolve(value: SampleValue | undefined, today: number): CellConstant {
  if (value === undefined) return null;
  return typeof value === "object" ? today + value.daysFromToday : value;
}

/**
 * The rows to write under a table's headers: one per record, each value under its header, and
 * null (which Office.js leaves untouched) under headers the record does not name.
 */
export function rowsForHeaders(
  headers: readonly string[],
  records: readonly SampleRecord[],
  today: number,
): CellConstant[][] {
  return records.map((record) => headers.map((h) => resolve(record[h], today)));
}

function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return row !== undefined && row.every((v) => v === "" || v === null);
}

/**
 * Sets the workbook up (in Chinese, like a new clerk's book) and fills in the sample: blank
 * 参数 values, and rows appended below the tables that exist. Reads once, writes in one sync.
 * @returns setup's outcome; when it has errors, nothing else was written.
 */
export async function loadSampleData(run: ExcelRunner, now: Date = new Date()): Promise<ActionOutcome> {
  const outcome = await createActions(run).setupWorkbook("zh");
  if (outcome.problems.some((p) => p.severity === "error")) return outcome;
  const today = localDateSerial(now);

  await run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const present = new Set(tables.items.map((t) => t.name.toUpperCase()));

    const settings = present.has("SETTINGS")
      ? (() => {
          const table = context.workbook.tables.getItem("Settings");
          return {
            header: table.getHeaderRowRange().load("values"),
            body: table.getDataBodyRange().load("values"),
            table,
          };
        })()
      : null;
    const targets = Object.keys(SAMPLE_ROWS)
      .filter((name) => present.has(name.toUpperCase()))
      .map((name) => {
        const table = context.workbook.tables.getItem(name);
        return {
          name,
          table,
          header: table.getHeaderRowRange().load("values"),
          body: table.getDataBodyRange().load("values"),
        };
      });
    await context.sync();

    if (settings) {
      const headers = (settings.header.values[0] ?? []).map(String);
      const itemCol = headers.indexOf("项目");
      const valueCol = headers.indexOf("值");
      if (itemCol >= 0 && valueCol >= 0) {
        settings.body.values.forEach((row, i) => {
          const sample = SAMPLE_SETTINGS[String(row[itemCol])];
          if (sample !== undefined && (row[valueCol] === "" || row[valueCol] === null)) {
            settings.table.getDataBodyRange().getCell(i, valueCol).values = [[sample]];
          }
        });
      }
    }
    for (const target of targets) {
      const headers = (target.header.values[0] ?? []).map(String);
      const rows = rowsForHeaders(headers, SAMPLE_ROWS[target.name] ?? [], today);
      if (rows.length === 0) continue;
      const body = target.body.values;
      // A new table's body is one blank row: fill it rather than leave a gap above the sample.
      const range =
        body.length === 1 && isBlankRow(body[0])
          ? target.table.getDataBodyRange().getAbsoluteResizedRange(rows.length, headers.length)
          : target.table.getRange().getRowsBelow(rows.length);
      range.values = rows;
    }
    await context.sync();
  });
  return outcome;
}
