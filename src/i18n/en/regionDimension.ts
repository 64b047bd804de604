import type { Translation } from '../translate.ts';
import type regionDimension from '../id/regionDimension.ts';

export default {} satisfies Translation<typeof regionDimension>;
