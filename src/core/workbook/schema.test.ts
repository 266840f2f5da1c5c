import { CONTRACT_TABLES } from "./schema";

/** The contract of DESIGN.md §4, written out once more here on purpose: the test guards the specs. */
const CONTRACT: Record<string, [string, string[]]> = {
  参数: ["Settings", ["项目", "值", "说明"]],
  客户: [
    "Customers",
    [
      "客户编号",
      "客户名称",
      "联系人",
      "电话",
      "地址",
      "结算方式",
      "币种",
      "期初应收",
      "期初日期",
      "业务员",
      "备注",
    ],
  ],
  产品: ["Products", ["货号", "品名", "规格", "颜色", "单位", "装箱数", "毛重", "净重", "体积", "备注"]],
  核价: [
    "Costing",
    [
      "货号",
      "品名",
      "贸易方式",
      "成本",
      "美金卖价",
      "汇率",
      "利润",
      "销售利润率",
      "审核状态",
      "审核人",
      "审核日期",
      "备注",
    ],
  ],
  订单: [
    "Orders",
    [
      "订单号",
      "行号",
      "客户PO号",
      "下单日期",
      "客户",
      "货号",
      "品名",
      "规格",
      "颜色",
      "单位",
      "数量",
      "币种",
      "单价",
      "金额",
      "交货日期",
      "订金比例",
      "收款状态",
      "物料状态",
      "生产状态",
      "完成数量",
      "已发数量",
      "未发数量",
      "交期状态",
      "延期天数",
      "跟单员",
      "备注",
    ],
  ],
  发货: [
    "Shipments",
    [
      "单号",
      "日期",
      "类型",
      "客户",
      "订单号",
      "行号",
      "货号",
      "品名",
      "规格",
      "颜色",
      "单位",
      "数量",
      "币种",
      "单价",
      "金额",
      "箱数",
      "回单状态",
      "回单日期",
      "备注",
    ],
  ],
  收款: ["Payments", ["收款日期", "客户", "订单号", "类型", "币种", "金额", "方式", "备注"]],
};

describe("the workbook contract", () => {
  test("sheets, tables and columns are exactly DESIGN.md §4's, in order", () => {
    const actual = Object.fromEntries(
      CONTRACT_TABLES.map((t) => [
        t.sheet,
        [t.table, t.columns.filter((c) => !c.extension).map((c) => c.header)],
      ]),
    );
    expect(actual).toEqual(CONTRACT);
  });

  test("columns of our own come only after the contract's, and are computed", () => {
    for (const table of CONTRACT_TABLES) {
      const first = table.columns.findIndex((c) => c.extension);
      if (first < 0) continue;
      expect(table.columns.slice(first).every((c) => c.extension && c.computed)).toBe(true);
    }
    expect(
      CONTRACT_TABLES.find((t) => t.table === "Orders")!
        .columns.filter((c) => c.extension)
        .map((c) => c.header),
    ).toEqual(["订单总额", "订单已收", "订单首行", "首行总额", "首行已收"]);
  });

  test("enumerations have options and lists name a contract column", () => {
    for (const table of CONTRACT_TABLES) {
      for (const column of table.columns) {
        if (column.kind === "enum")
          expect([table.table, column.header, column.options?.length ?? 0]).not.toContain(0);
        if (column.listFrom) {
          const source = CONTRACT_TABLES.find((t) => t.table === column.listFrom!.table);
          expect(source?.columns.map((c) => c.header)).toContain(column.listFrom.column);
        }
      }
    }
  });
});
