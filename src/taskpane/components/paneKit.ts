import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { useFormStyles } from "./formStyles";
import { useListStyles } from "./listStyles";
import { PaneButton } from "./PaneButton";

/**
 * What a section loaded on demand (送货单) takes from the pane as a value rather than importing:
 * the pane's button, its shared styles and Griffel. A module the chunk imports can no longer be
 * folded into the pane's one concatenated module, and Fluent's tokens object, once it escapes,
 * is kept whole instead of as the few tokens the pane reads: importing these cost the pane 3.5 KB
 * gzipped of its 120 KB budget. Handed over at run time they cost it only this object. (Tokens
 * stay out: the chunk names them as the CSS variables they stand for.)
 */
export const paneKit = { PaneButton, makeStyles, mergeClasses, useListStyles, useFormStyles };

export type PaneKit = typeof paneKit;
