import type { Translation } from '../translate.ts';
import type glossaryPage from '../id/glossaryPage.ts';

export default {
  intro: 'Terms that often appear in Smart City masterplans, explained in plain words.',
} satisfies Translation<typeof glossaryPage>;
