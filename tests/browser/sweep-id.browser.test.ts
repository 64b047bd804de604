import { describeSweep } from '../helpers/sweep.ts';

/** axe-core and sideways scrolling on every Indonesian page kind plus a sample (tests/helpers/sweep.ts). */
await describeSweep('id');
