import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import type { SectionId, Strings } from "../strings";
import { useListStyles } from "./listStyles";
import { PaneButton } from "./PaneButton";

// Native <details> sections rather than Fluent's Accordion: the Accordion brings Tabster and the
// motion library (about 20 KB gzipped), which the pane's 120 KB budget cannot carry.
const useStyles = makeStyles({
  section: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  summary: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: "pointer",
    listStyleType: "none",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    userSelect: "none",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
    "::-webkit-details-marker": { display: "none" },
    "::before": {
      content: '""',
      width: "6px",
      height: "6px",
      borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground3}`,
      borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground3}`,
      transform: "rotate(-45deg)",
      transitionProperty: "transform",
      transitionDuration: tokens.durationFaster,
    },
  },
  summaryOpen: { "::before": { transform: "rotate(45deg)" } },
  panel: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  },
});

interface SectionProps {
  id: SectionId;
  title: string;
  initiallyOpen?: boolean;
  /**
   * What the section holds; a function is called only once the section has been opened, with how
   * many times it was opened, so a section can load its code and data when first needed.
   */
  children: ReactNode | ((openings: number) => ReactNode);
}

function Section({ id, title, initiallyOpen = false, children }: SectionProps) {
  const styles = useStyles();
  // Mirrors the element's own state, for the chevron: the browser opens and closes <details> itself.
  const [open, setOpen] = useState(initiallyOpen);
  const [openings, setOpenings] = useState(initiallyOpen ? 1 : 0);
  return (
    <details
      className={styles.section}
      open={initiallyOpen}
      data-testid={`section-${id}`}
      onToggle={(e) => {
        const nowOpen = e.currentTarget.open;
        // The browser also fires toggle for a section rendered open: that is not a new opening.
        if (nowOpen && !open) setOpenings((n) => n + 1);
        setOpen(nowOpen);
      }}
    >
      <summary className={mergeClasses(styles.summary, open && styles.summaryOpen)}>{title}</summary>
      <div className={styles.panel}>
        {typeof children === "function" ? (openings > 0 ? children(openings) : null) : children}
      </div>
    </details>
  );
}

export interface SectionsProps {
  strings: Strings;
  /** An action is running: every action button waits. */
  busy: boolean;
  onSetupWorkbook: () => void;
  /** The section open at the start. */
  openSection: SectionId;
  /** What the 订单 and 核价 sections hold. */
  orders: ReactNode;
  costing: ReactNode;
  /** What 送货单 and 对账单 hold, rendered once the section is first opened (with how often it was opened). */
  deliveryNotes: (openings: number) => ReactNode;
  statements: (openings: number) => ReactNode;
}

/** 工作簿 / 订单 / 核价 / 送货单 / 对账单 as collapsible sections that fit a narrow pane; one starts open. */
export function Sections({
  strings,
  busy,
  onSetupWorkbook,
  openSection,
  orders,
  costing,
  deliveryNotes,
  statements,
}: SectionsProps) {
  const styles = useListStyles();
  return (
    <div>
      <Section id="workbook" title={strings.sections.workbook} initiallyOpen={openSection === "workbook"}>
        <span className={styles.note}>{strings.workbookIntro}</span>
        <PaneButton appearance="primary" data-testid="setup-button" disabled={busy} onClick={onSetupWorkbook}>
          {strings.setupButton}
        </PaneButton>
      </Section>
      <Section id="orders" title={strings.sections.orders} initiallyOpen={openSection === "orders"}>
        {orders}
      </Section>
      <Section id="costing" title={strings.sections.costing} initiallyOpen={openSection === "costing"}>
        {costing}
      </Section>
      <Section
        id="deliveryNotes"
        title={strings.sections.deliveryNotes}
        initiallyOpen={openSection === "deliveryNotes"}
      >
        {deliveryNotes}
      </Section>
      <Section
        id="statements"
        title={strings.sections.statements}
        initiallyOpen={openSection === "statements"}
      >
        {statements}
      </Section>
    </div>
  );
}
