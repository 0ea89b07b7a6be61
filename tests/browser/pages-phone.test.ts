import { checkEveryPage } from './support/every-page.ts';

// Every page at a phone's width in the light scheme (see support/every-page.ts), and narrowed
// to 320 px (the NHS's narrowest, and what 400 % zoom leaves of a 1280 px window: issue 13).
await checkEveryPage({ width: 375, colorScheme: 'light', narrowest: { width: 320, height: 256 } });
