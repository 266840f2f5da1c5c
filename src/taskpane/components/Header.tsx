import { makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../strings";
import { PaneButton } from "./PaneButton";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export interface HeaderProps {
  strings: Strings;
  onSwitchLanguage: () => void;
}

/** The pane's title and the 中文 / English switch. */
export function Header({ strings, onSwitchLanguage }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{strings.appTitle}</h1>
      <PaneButton
        size="small"
        appearance="subtle"
        data-testid="lang-switch"
        aria-label={strings.switchLanguageLabel}
        title={strings.switchLanguageLabel}
        onClick={onSwitchLanguage}
      >
        {strings.switchLanguage}
      </PaneButton>
    </header>
  );
}
