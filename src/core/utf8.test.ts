import { utf8Length } from "./utf8";

test.each(["", "abc", "订单", "é", "😀", "SH20261122-01 送货单 ✓"])(
  "utf8Length(%j) matches an encoder",
  (text) => {
    expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  },
);
