import { checkEveryPage } from './support/every-page.ts';

// Every page at a desktop's width in the dark scheme (see support/every-page.ts).
await checkEveryPage({ width: 1280, colorScheme: 'dark' });
