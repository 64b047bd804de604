import type { Translation } from '../translate.ts';
import type home from '../id/home.ts';

export default {} satisfies Translation<typeof home>;
