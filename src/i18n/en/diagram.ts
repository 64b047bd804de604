import type { Translation } from '../translate.ts';
import type diagram from '../id/diagram.ts';

export default {
  scrollHint: 'This diagram is wider than the screen: scroll sideways, or select the diagram and press the arrow keys.',
} satisfies Translation<typeof diagram>;
