// Kerne's look: a calm petrol-blue accent, soft radii, quiet headings. One theme for light and dark.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const petrol: MantineColorsTuple = [
  '#e9f5f8',
  '#d8e9ee',
  '#abd2dd',
  '#7bbacb',
  '#55a5bc',
  '#3d98b3',
  '#2f91b0',
  '#1f7e9b',
  '#0f708b',
  '#00617b',
];

export const theme = createTheme({
  primaryColor: 'petrol',
  primaryShade: { light: 8, dark: 6 },
  colors: { petrol },
  defaultRadius: 'md',
  cursorType: 'pointer',
  headings: { fontWeight: '600' },
  components: {
    Button: { defaultProps: { fw: 500 } },
    Modal: { defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.45, blur: 2 } } },
    Drawer: { defaultProps: { overlayProps: { backgroundOpacity: 0.35, blur: 1 } } },
    Paper: { defaultProps: { withBorder: true } },
    Card: { defaultProps: { withBorder: true } },
    Tooltip: { defaultProps: { openDelay: 300 } },
    Badge: { defaultProps: { tt: 'none', fw: 600, radius: 'sm' } },
  },
});
