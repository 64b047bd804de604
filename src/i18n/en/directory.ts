import type { Translation } from '../translate.ts';
import type directory from '../id/directory.ts';

export default {} satisfies Translation<typeof directory>;
