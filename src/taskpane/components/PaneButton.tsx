import { makeStyles, mergeClasses, shorthands, tokens } from "@fluentui/react-components";
import type { ButtonHTMLAttributes } from "react";

// A native button styled with the theme's tokens rather than Fluent's Button: the Button ships
// every appearance, size and shape precompiled (with icon and focus machinery), which the pane's
// 120 KB budget cannot spare for the three looks it uses.
const useStyles = makeStyles({
  button: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    minWidth: "96px",
    margin: 0,
    padding: `5px ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    transitionProperty: "background-color, border-color, color",
    transitionDuration: tokens.durationFaster,
    ":enabled:hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
    },
    ":enabled:active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
    ":disabled": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      color: tokens.colorNeutralForegroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
      cursor: "not-allowed",
    },
  },
  primary: {
    ":enabled": {
      backgroundColor: tokens.colorBrandBackground,
      color: tokens.colorNeutralForegroundOnBrand,
      ...shorthands.borderColor("transparent"),
    },
    ":enabled:hover": { backgroundColor: tokens.colorBrandBackgroundHover },
    ":enabled:active": { backgroundColor: tokens.colorBrandBackgroundPressed },
  },
  subtle: {
    ":enabled": {
      backgroundColor: tokens.colorSubtleBackground,
      color: tokens.colorNeutralForeground2,
      ...shorthands.borderColor("transparent"),
    },
    ":enabled:hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":enabled:active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  small: {
    minWidth: "64px",
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
});

export interface PaneButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: "primary" | "secondary" | "subtle";
  size?: "small" | "medium";
}

/** The pane's button: Fluent's look (primary, secondary, subtle; small or medium) on a native <button>. */
export function PaneButton({
  appearance = "secondary",
  size = "medium",
  className,
  type = "button",
  ...props
}: PaneButtonProps) {
  const styles = useStyles();
  return (
    <button
      {...props}
      type={type}
      className={mergeClasses(
        styles.button,
        appearance !== "secondary" && styles[appearance],
        size === "small" && styles.small,
        className,
      )}
    />
  );
}
