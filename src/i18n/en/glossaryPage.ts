import type { Translation } from '../translate.ts';
import type glossaryPage from '../id/glossaryPage.ts';

export default {} satisfies Translation<typeof glossaryPage>;
