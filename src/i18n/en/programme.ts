import type { Translation } from '../translate.ts';
import type programme from '../id/programme.ts';

export default {} satisfies Translation<typeof programme>;
