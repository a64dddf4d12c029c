import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Werkbrug's theme (per UI language, for the translated names of close buttons). Mantine's default primary shade (6) on white fails WCAG AA contrast (3.55:1), so filled
 * buttons and links use shade 8 (≥ 4.5:1), and "dimmed" text is darkened to gray 7.
 */
export function createWerkbrugTheme(closeLabel: string) {
  return createTheme({
    primaryColor: 'blue',
    primaryShade: { light: 8, dark: 4 },
    defaultRadius: 'sm',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    headings: { fontWeight: '650' },
    components: {
      Badge: { defaultProps: { variant: 'light', tt: 'none' } },
      // Close buttons are icons: they get a translated name for screen readers.
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      Drawer: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    },
  });
}

/**
 * Light variants (badges, the active navigation entry, light buttons) put coloured text on a tint of the same
 * colour; Mantine's default text shade is too light for several colours, so it is darkened for every colour to
 * pass 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
  };
  for (const color of Object.keys(t.colors)) {
    light[`--mantine-color-${color}-light-color`] =
      `color-mix(in srgb, var(--mantine-color-${color}-9) 70%, black)`;
  }
  return { variables: {}, light, dark: {} };
};
