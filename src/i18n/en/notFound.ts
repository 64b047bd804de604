import type { Translation } from '../translate.ts';
import type notFound from '../id/notFound.ts';

export default {
  title: 'Page not found',
  description: 'The page you are looking for does not exist.',
  lead: 'Sorry, this page does not exist or has moved.',
  findYourRegion: 'Find your region in this list, or search for its programmes:',
  fictional: ' (fictional)',
} satisfies Translation<typeof notFound>;
