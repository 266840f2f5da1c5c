import type { MessageParams } from "../problems";

/** Problem messages in 简体中文. Each says what is wrong and what to do. */
export const zh = {
  "sheet-not-ours": (p: MessageParams) =>
    `工作表「${p.sheet}」已存在，但不是跟单助手的表（没有 ${p.table} 表格）。请将其改名或移走后再初始化。`,
  "table-elsewhere": (p: MessageParams) =>
    `表格 ${p.table} 应在工作表「${p.expected}」中，现在在「${p.sheet}」中。请把它移回「${p.expected}」或改名后再初始化。`,
  "name-taken": (p: MessageParams) => `名称「${p.name}」已被占用，不能用作工作表或表格名。请改名后再初始化。`,
  "table-missing": (p: MessageParams) =>
    `缺少 ${p.table} 表格（工作表「${p.sheet}」）。请运行「初始化/升级」（gendan init）补上，已有数据不受影响；如果「${p.sheet}」是您自己的工作表，请先改名。`,
  "column-missing": (p: MessageParams) =>
    `表格 ${p.table} 缺少「${p.column}」列。请把列名改回「${p.column}」，或点「初始化/升级」补上。`,
  "missing-value": (p: MessageParams) => `「${p.column}」不能为空，请填写。`,
  "not-a-number": (p: MessageParams) => `「${p.column}」应为数字，现为「${p.value}」。请只填数字。`,
  "not-a-date": (p: MessageParams) =>
    p.kind === "text"
      ? `「${p.column}」的「${p.value}」是文本，不是日期。请设为日期格式后重输，如 2026-11-23。`
      : `「${p.column}」的 ${p.value} 不是有效日期。请输入日期，如 2026-11-23。`,
  "not-positive": (p: MessageParams) => `「${p.column}」应大于 0，现为 ${p.value}。请改正。`,
  "not-whole": (p: MessageParams) => `「${p.column}」应为整数，现为 ${p.value}。请改正。`,
  "not-in-list": (p: MessageParams) =>
    `「${p.column}」应为 ${p.options} 之一，现为「${p.value}」。请从下拉列表选择。`,
  "unknown-customer": (p: MessageParams) =>
    `客户「${p.value}」不在客户表中。请先添加该客户，或改用已有名称。`,
  "unknown-product": (p: MessageParams) => `货号「${p.value}」不在产品表中。请先添加该货号，或改用已有货号。`,
  "duplicate-line": (p: MessageParams) =>
    `订单 ${p.orderNo} 行号 ${p.lineNo} 重复（${p.first} 已用）。请改用未用的行号。`,
  "due-before-order": (p: MessageParams) => `交货日期 ${p.due} 早于下单日期 ${p.ordered}。请核对日期。`,
  "currency-mismatch": (p: MessageParams) =>
    `币种 ${p.currency} 与客户「${p.customer}」的 ${p.customerCurrency} 不符。请改为 ${p.customerCurrency} 或留空。`,
  "done-above-quantity": (p: MessageParams) => `完成数量 ${p.done} 超过订单数量 ${p.quantity}。请改正。`,
  "production-before-deposit": (p: MessageParams) =>
    `订单 ${p.orderNo} 已「${p.status}」但未收订金；客户「${p.customer}」结算方式为「${p.terms || "未填"}」，应先收订金再生产。请催收订金并在收款表登记。`,
  overshipped: (p: MessageParams) =>
    `订单 ${p.orderNo} 行号 ${p.lineNo} 已发 ${p.shipped}，超过数量 ${p.quantity}（上限 ${p.limit}）。请核对发货表，多发的登记退货。`,
  "shipment-unknown-line": (p: MessageParams) =>
    `订单表中没有订单 ${p.orderNo || "（空）"} 行号 ${p.lineNo || "（空）"}。请改正这条发货的订单号和行号。`,
  "setting-invalid": (p: MessageParams) =>
    `参数「${p.item}」${p.value === "" ? "未填" : `为「${p.value}」`}，应为${
      p.rule === "positive"
        ? "大于 0 的数字"
        : p.rule === "fraction"
          ? " 0 到 100% 的比例"
          : "不小于 0 的天数"
    }。请在「值」列改正。`,
  "note-no-lines": () => `没有选择任何订单行。请勾选要开单的订单行。`,
  "note-duplicate-line": (p: MessageParams) =>
    `订单 ${p.orderNo} 行号 ${p.lineNo} 选了两次。每个订单行在一张单上只出现一次。`,
  "note-line-missing": (p: MessageParams) =>
    `订单表中没有订单 ${p.orderNo} 行号 ${p.lineNo}。请核对订单号和行号。`,
  "note-bad-quantity": (p: MessageParams) =>
    `订单 ${p.orderNo} 行号 ${p.lineNo} 的数量「${p.value}」无效，应为大于 0 的整数。`,
  "note-bad-date": (p: MessageParams) => `单据日期「${p.value}」无效。请输入日期，如 2026-11-23。`,
  "note-fully-shipped": (p: MessageParams) =>
    `订单 ${p.orderNo} 行号 ${p.lineNo} 已全部发完（数量 ${p.quantity}，已发 ${p.shipped}），不能再开送货单。`,
  "note-over-quantity": (p: MessageParams) =>
    `订单 ${p.orderNo} 行号 ${p.lineNo} 本次 ${p.value} 超过未发数量 ${p.unshipped}（最多可发 ${p.limit}，超发允许比例 ${p.rate}）。请减少数量。`,
  "note-return-too-many": (p: MessageParams) =>
    `订单 ${p.orderNo} 行号 ${p.lineNo} 退货 ${p.value} 超过已净发出的 ${p.shipped}。请减少退货数量。`,
  "note-mixed-customers": (p: MessageParams) =>
    `所选订单行属于不同客户（${p.customers}）。一张单只能给一个客户，请分开开单。`,
  "note-mixed-currencies": (p: MessageParams) =>
    `所选订单行币种不同（${p.currencies}）。一张单只能用一种币种，请分开开单。`,
  "note-unknown-customer": (p: MessageParams) =>
    `客户「${p.value}」不在客户表中，送货单无法填写客户信息。请先在客户表添加该客户。`,
  "payment-shortfall": (p: MessageParams) =>
    `客户「${p.customer}」为款到发货：这些订单已收 ${p.paid} ${p.currency}，连同本单应收 ${p.needed} ${p.currency}，还差 ${p.shortfall} ${p.currency}。请先收款；确需发货请填写原因后再开单。`,
  "note-prefix-invalid": (p: MessageParams) =>
    `参数「${p.item}」为「${p.value}」，不能用作单号前缀（不能为空、不超过 ${p.max} 个字符、不含 [ ] : * ? / \\）。请在参数表改正。`,
  "note-ledger-lost": (p: MessageParams) =>
    `送货单 ${p.number} 的工作表已生成，但发货表中它的行多次被同时开单的同事覆盖。请运行「校验」，按提示从单据补回发货行。`,
  "note-numbers-exhausted": (p: MessageParams) =>
    `${p.date} 的单号已被占用太多次（最后试过 ${p.number}）。请稍后再试，或检查是否有人同时在开单。`,
  "note-not-found": (p: MessageParams) => `发货表中没有单号「${p.number}」的行。请核对单号。`,
  "remark-required": (p: MessageParams) => `单号 ${p.number} 标为「异常」须写明原因。请填写备注后再标记。`,
  "note-rows-missing": (p: MessageParams) =>
    `单据 ${p.number} 的工作表上有 ${p.count} 行在发货表中找不到。单据工作表是原始凭证：请点「修复送货单」（命令行 gendan check --repair），按单据补回发货行。`,
  "note-rows-differ": (p: MessageParams) =>
    `发货表中单据 ${p.number} 的行与单据工作表不符（${p.lines}：数量不同，或单据上没有这一行）。单据工作表是原始凭证，此项不自动修复：请按单据改正发货表，或确认这是有意的改动。`,
  "note-sheet-missing": (p: MessageParams) =>
    `发货表中有单据 ${p.number}，但工作簿中没有它的工作表，回单也还未收回。若工作表是误删的，请按打印的单据核对这些发货行。`,
  "note-sheet-unreadable": (p: MessageParams) =>
    `工作表「${p.sheet}」的名称是单号的样子，但读不出单据：单号须与工作表名称相同，须有日期，明细须有序号、订单号、行号、数量列且每行填全。请按原样改正；若它不是单据，请改名。`,
  "statement-bad-period": (p: MessageParams) =>
    `${p.bound === "from" ? "对账期的开始日期" : p.bound === "to" ? "对账期的结束日期" : "今天的日期"}「${p.value}」无效。请输入日期，如 2026-11-01。`,
  "statement-period-reversed": (p: MessageParams) =>
    `对账期的开始日期 ${p.from} 晚于结束日期 ${p.to}。请改正对账期。`,
  "statement-unknown-customer": (p: MessageParams) =>
    `客户「${p.value}」不在${p.sheet}表中。请核对客户名称，或先在${p.sheet}表添加该客户。`,
  "statement-bad-date": (p: MessageParams) =>
    `客户「${p.customer}」的对账单无法计算：${p.sheet}表「${p.column}」${p.value === "" ? "为空" : `为「${p.value}」，不是日期`}。请填写日期，如 2026-11-23。`,
  "statement-bad-amount": (p: MessageParams) =>
    `客户「${p.customer}」的对账单无法计算：${p.sheet}表「${p.column}」${p.value === "" ? "为空" : `为「${p.value}」，不是数字`}。请填写金额（数字）。`,
  "statement-type-mismatch": (p: MessageParams) =>
    `客户「${p.customer}」的对账单无法计算：${p.sheet}表单号 ${p.number || "（空）"} 类型为「${p.type}」，金额却是 ${p.value}。退货金额应为负数，送货金额应为正数，请改正。`,
  "statement-mixed-currency": (p: MessageParams) =>
    `客户「${p.customer}」的币种为 ${p.currency}，但${p.sheet}表中有 ${p.count} 行为其他币种（${p.currencies}）：${p.cells}。对账单不能混合币种：请改正这些行的币种，或为该币种另建客户。`,
  "statement-opening-after-period": (p: MessageParams) =>
    `客户「${p.customer}」的期初日期 ${p.openingDate} 晚于对账期结束日 ${p.to}，工作簿中没有此前的账目。请选择 ${p.openingDate} 以后的对账期，或改正期初日期。`,
  "summary-unknown-customer": (p: MessageParams) =>
    `${p.sheet}表中有 ${p.count} 行的客户「${p.customer || "（空）"}」不在${p.customers}表中，这些行不计入任何对账单和应收汇总。请改正客户名称，或在${p.customers}表添加该客户。`,
  "statement-name-taken": (p: MessageParams) =>
    `工作表名「${p.sheet}」刚被同事占用，多次重试仍未成功。请稍后再生成对账单。`,
} satisfies Record<string, (p: MessageParams) => string>;

export type ProblemCode = keyof typeof zh;
