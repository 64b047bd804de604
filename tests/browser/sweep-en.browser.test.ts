import { describeSweep } from '../helpers/sweep.ts';

/** axe-core and sideways scrolling on every English page kind plus a sample (tests/helpers/sweep.ts). */
await describeSweep('en');
