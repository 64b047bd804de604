import type { Translation } from '../translate.ts';
import type roadmap from '../id/roadmap.ts';

export default {} satisfies Translation<typeof roadmap>;
