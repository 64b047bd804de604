import type { Translation } from '../translate.ts';
import type region from '../id/region.ts';

export default {} satisfies Translation<typeof region>;
