import type { Translation } from '../translate.ts';
import type about from '../id/about.ts';

export default {} satisfies Translation<typeof about>;
