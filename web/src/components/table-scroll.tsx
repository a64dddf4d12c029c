import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide (or long) table that scrolls inside its box. The box is a named region that takes keyboard focus, so a
 * keyboard user can scroll it with the arrow keys too (Mantine's scroll container is not focusable).
 */
export function TableScroll({
  minWidth,
  maxHeight,
  label,
  children,
}: {
  minWidth: number;
  maxHeight?: number;
  label: string;
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflow: 'auto', maxHeight }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
