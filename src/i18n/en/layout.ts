import type { Translation } from '../translate.ts';
import type layout from '../id/layout.ts';

export default {
  glossaryLink: 'See the glossary',
  sourcePage: 'p.',
  lastUpdated: {
    label: 'Last changed',
    shallow: 'the full history is not available in this copy',
    unavailable: 'the change history is not available in this copy',
    uncommitted: 'not yet recorded in git',
  },
  changeHistory: {
    heading: 'Change history',
    intro: 'Every change to this page’s data file, newest first, described by whoever made it. File:',
    caption: 'Changes, newest first',
    shallow: 'The full history is not available in this copy: older changes are not shown.',
    unavailable: 'The change history is not available in this copy.',
    uncommitted: 'This file is not yet recorded in git.',
    commit: 'change id',
    feed: 'Follow all changes to this region with the Atom feed',
    added: 'file created',
    deleted: 'file deleted',
    renamed: 'file moved from',
    copied: 'file copied from',
  },
  callout: { info: 'Info', warning: 'Warning', note: 'Note' },
} satisfies Translation<typeof layout>;
