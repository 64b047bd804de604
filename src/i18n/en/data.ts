import type { Translation } from '../translate.ts';
import type data from '../id/data.ts';

export default {} satisfies Translation<typeof data>;
