import { checkEveryPage } from './support/every-page.ts';

// Every page at a phone's width in the light scheme (see support/every-page.ts).
await checkEveryPage({ width: 375, colorScheme: 'light' });
