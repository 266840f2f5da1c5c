/**
 * The contract columns the note modules read, by table, each checked against schema.ts when this
 * module loads (specHeader throws on a renamed column, failing every test).
 */
import { specHeader } from "../orders/tracking";
import {
  CUSTOMERS_TABLE,
  ORDERS_TABLE,
  PAYMENTS_TABLE,
  PRODUCTS_TABLE,
  SHIPMENTS_TABLE,
} from "../workbook/schema";

export const ORDER = {
  orderNo: specHeader(ORDERS_TABLE, "订单号"),
  lineNo: specHeader(ORDERS_TABLE, "行号"),
  customer: specHeader(ORDERS_TABLE, "客户"),
  itemNo: specHeader(ORDERS_TABLE, "货号"),
  name: specHeader(ORDERS_TABLE, "品名"),
  spec: specHeader(ORDERS_TABLE, "规格"),
  color: specHeader(ORDERS_TABLE, "颜色"),
  unit: specHeader(ORDERS_TABLE, "单位"),
  quantity: specHeader(ORDERS_TABLE, "数量"),
  currency: specHeader(ORDERS_TABLE, "币种"),
  price: specHeader(ORDERS_TABLE, "单价"),
  due: specHeader(ORDERS_TABLE, "交货日期"),
};

export const CUSTOMER = {
  name: specHeader(CUSTOMERS_TABLE, "客户名称"),
  contact: specHeader(CUSTOMERS_TABLE, "联系人"),
  phone: specHeader(CUSTOMERS_TABLE, "电话"),
  address: specHeader(CUSTOMERS_TABLE, "地址"),
  terms: specHeader(CUSTOMERS_TABLE, "结算方式"),
  currency: specHeader(CUSTOMERS_TABLE, "币种"),
};

export const PRODUCT = {
  itemNo: specHeader(PRODUCTS_TABLE, "货号"),
  name: specHeader(PRODUCTS_TABLE, "品名"),
  spec: specHeader(PRODUCTS_TABLE, "规格"),
  color: specHeader(PRODUCTS_TABLE, "颜色"),
  unit: specHeader(PRODUCTS_TABLE, "单位"),
  perBox: specHeader(PRODUCTS_TABLE, "装箱数"),
};

export const SHIPMENT = {
  number: specHeader(SHIPMENTS_TABLE, "单号"),
  date: specHeader(SHIPMENTS_TABLE, "日期"),
  customer: specHeader(SHIPMENTS_TABLE, "客户"),
  orderNo: specHeader(SHIPMENTS_TABLE, "订单号"),
  lineNo: specHeader(SHIPMENTS_TABLE, "行号"),
  quantity: specHeader(SHIPMENTS_TABLE, "数量"),
  amount: specHeader(SHIPMENTS_TABLE, "金额"),
  signed: specHeader(SHIPMENTS_TABLE, "回单状态"),
  signedDate: specHeader(SHIPMENTS_TABLE, "回单日期"),
  remark: specHeader(SHIPMENTS_TABLE, "备注"),
};

export const PAYMENT = {
  orderNo: specHeader(PAYMENTS_TABLE, "订单号"),
  amount: specHeader(PAYMENTS_TABLE, "金额"),
};
