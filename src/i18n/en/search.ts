import type { Translation } from '../translate.ts';
import type search from '../id/search.ts';

export default {} satisfies Translation<typeof search>;
