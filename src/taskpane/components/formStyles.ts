import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * Styles of the pane's forms (核价's what-if, 送货单): labels beside native inputs and selects,
 * drawn with the theme's tokens. Fluent's Input, Select and Field would cost the bundle more than
 * the few looks the pane needs.
 */
export const useFormStyles = makeStyles({
  /** Label and control side by side, one pair a row. */
  form: {
    alignSelf: "stretch",
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
  },
  control: {
    minWidth: 0,
    height: "28px",
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ":focus": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
      outlineOffset: "-1px",
    },
    "::placeholder": { color: tokens.colorNeutralForeground4 },
  },
  invalid: { border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder2}` },
});
