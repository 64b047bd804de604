import type { Translation } from '../translate.ts';
import type national from '../id/national.ts';

export default {} satisfies Translation<typeof national>;
