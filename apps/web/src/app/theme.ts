import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Teal for the client portal; shade 9 keeps white text on buttons above WCAG AA contrast. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Anchor: { defaultProps: { c: 'teal.9' } },
    // Mantine's close button is an icon without a name; screen readers announce it as "Close".
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } },
  },
});

/** Darker than Mantine's light-variant teal: 4.5:1 on the pale teal background of badges and active links. */
const TEAL_ON_LIGHT = '#05654a';

/**
 * Contrast (WCAG AA, checked by axe-core in the browser tests): Mantine's dimmed grey, error red and
 * light-variant text colours are too pale on white, so the light scheme uses darker shades.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-teal-9)',
    '--mantine-primary-color-light-color': TEAL_ON_LIGHT,
    // Hovering a filled button darkens it (Mantine would lighten shade 9 to 8, below 4.5:1 with white).
    '--mantine-primary-color-filled-hover': TEAL_ON_LIGHT,
    '--mantine-color-teal-filled-hover': TEAL_ON_LIGHT,
    '--mantine-color-teal-light-color': TEAL_ON_LIGHT,
    '--mantine-color-teal-text': 'var(--mantine-color-teal-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-red-text': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-orange-light-color': '#9a3412',
    '--mantine-color-yellow-light-color': '#7a5000',
    '--mantine-color-grape-light-color': 'var(--mantine-color-grape-9)',
    '--mantine-color-gray-light-color': 'var(--mantine-color-gray-8)',
  },
  dark: {},
});
