import type { Translation } from '../translate.ts';
import type layout from '../id/layout.ts';

export default {} satisfies Translation<typeof layout>;
