import { createTheme } from '@mantine/core';

/** Teal for the client portal, with colours dark enough for WCAG AA text contrast on white. */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Anchor: { defaultProps: { c: 'teal.9' } },
  },
});
