import type { Translation } from '../translate.ts';
import type compare from '../id/compare.ts';

export default {} satisfies Translation<typeof compare>;
