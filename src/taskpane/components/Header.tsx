import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Strings } from "../strings";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
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
      <Text as="h1" weight="semibold" size={400}>
        {strings.appTitle}
      </Text>
      <Button
        size="small"
        appearance="subtle"
        data-testid="lang-switch"
        aria-label={strings.switchLanguageLabel}
        title={strings.switchLanguageLabel}
        onClick={onSwitchLanguage}
      >
        {strings.switchLanguage}
      </Button>
    </header>
  );
}
