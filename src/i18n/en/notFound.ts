import type { Translation } from '../translate.ts';
import type notFound from '../id/notFound.ts';

export default {} satisfies Translation<typeof notFound>;
