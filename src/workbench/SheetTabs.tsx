import type { SheetModel } from "../memory-excel/model";

export interface SheetTabsProps {
  sheets: readonly SheetModel[];
  activeSheetId: string | undefined;
  label: string;
  onSelect: (sheetId: string) => void;
}

/** One tab per visible sheet, in tab order; the active one raised, each underlined in its tab colour. */
export function SheetTabs({ sheets, activeSheetId, label, onSelect }: SheetTabsProps) {
  return (
    <div className="wb-tabs" role="tablist" aria-label={label}>
      {sheets
        .filter((s) => s.visibility === "Visible")
        .map((sheet) => {
          const active = sheet.id === activeSheetId;
          return (
            <button
              key={sheet.id}
              type="button"
              role="tab"
              aria-selected={active}
              className={active ? "wb-tab wb-tab-active" : "wb-tab"}
              data-testid={`sheet-tab-${sheet.name}`}
              style={sheet.tabColor ? { borderBottomColor: sheet.tabColor } : undefined}
              onClick={() => onSelect(sheet.id)}
            >
              {sheet.name}
            </button>
          );
        })}
    </div>
  );
}
