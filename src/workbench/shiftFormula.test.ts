import { shiftFormula } from "./shiftFormula";

describe("shiftFormula", () => {
  test("a whole-row rule keeps its column and follows the row", () => {
    expect(shiftFormula('=$W2="逾期"', 3, 0)).toBe('=$W5="逾期"');
    // Any column of the row gives the same formula: $W stays.
    expect(shiftFormula('=$W2="逾期"', 3, 7)).toBe('=$W5="逾期"');
  });

  test("relative parts move, $ parts stay", () => {
    expect(shiftFormula("=B2+B$2+$B2+$B$2", 2, 1)).toBe("=C4+C$2+$B4+$B$2");
    expect(shiftFormula("=AND(ISNUMBER(H2),H2<MIN_MARGIN)", 5, 0)).toBe("=AND(ISNUMBER(H7),H7<MIN_MARGIN)");
  });

  test("no offset gives the formula back unchanged", () => {
    expect(shiftFormula("=a1+ 1", 0, 0)).toBe("=a1+ 1");
  });

  test("moving up and left", () => {
    expect(shiftFormula("=C5-B3", -2, -1)).toBe("=B3-A1");
    expect(shiftFormula("=AA10", 0, -1)).toBe("=Z10");
  });

  test("ranges, whole columns and whole rows", () => {
    expect(shiftFormula("=SUM(A1:B3)", 1, 1)).toBe("=SUM(B2:C4)");
    expect(shiftFormula("=COUNTIF($A:$A,A2)", 1, 0)).toBe("=COUNTIF($A:$A,A3)");
    expect(shiftFormula("=SUM(A:C)", 0, 2)).toBe("=SUM(C:E)");
    expect(shiftFormula("=SUM(2:3)+SUM($5:$5)", 4, 0)).toBe("=SUM(6:7)+SUM($5:$5)");
  });

  test("references on other sheets move; sheet names do not", () => {
    expect(shiftFormula("=Sheet1!A1+'参数 表'!B2", 1, 0)).toBe("=Sheet1!A2+'参数 表'!B3");
    // A sheet named like a cell is a prefix, not a reference.
    expect(shiftFormula("=AB1!C1", 1, 0)).toBe("=AB1!C2");
  });

  test("text, names, functions and structured references stay", () => {
    expect(shiftFormula('=A1="B2"', 1, 1)).toBe('=B2="B2"');
    expect(shiftFormula("=LOG10(A1)+ATAN2(B1,C1)", 1, 0)).toBe("=LOG10(A2)+ATAN2(B2,C2)");
    expect(shiftFormula("=Orders[@数量]*FX_USD", 3, 3)).toBe("=Orders[@数量]*FX_USD");
    expect(shiftFormula("=TRUE", 3, 3)).toBe("=TRUE");
    expect(shiftFormula("=A1*1.5+2", 1, 0)).toBe("=A2*1.5+2");
  });

  test("words beyond the grid are names, not cells", () => {
    // ZZZ is past XFD, the last column.
    expect(shiftFormula("=ZZZ1+XFD1", 1, 0)).toBe("=ZZZ1+XFD2");
  });

  test("a reference moved off the sheet becomes #REF!", () => {
    expect(shiftFormula("=A1+$B$1", -1, 0)).toBe("=#REF!+$B$1");
    expect(shiftFormula("=A1", 0, -1)).toBe("=#REF!");
    expect(shiftFormula("=XFD1", 0, 1)).toBe("=#REF!");
    expect(shiftFormula("=A1048576", 1, 0)).toBe("=#REF!");
    expect(shiftFormula("=SUM(A:A)", 0, -1)).toBe("=SUM(#REF!:#REF!)");
  });
});
