import { formatYears } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import type { YearSpan } from '../schema/common.ts';
import type { ProgrammeModel, RegionModel } from '../model.ts';
import { mermaidText } from '../escape.ts';
import { QUICK_WIN_MARK, nameIn } from './words.ts';

const T = {
  horizons: { id: 'Tahapan', en: 'Horizons' },
} as const;

/**
 * The region's roadmap as a gantt: a first section with the short, medium and long horizons
 * (when the plan states them), then one section per dimension in framework order with a bar per
 * programme from 1 January of its first year to 31 December of its last. Quick wins carry a star
 * and the `crit` (amber) style. Programmes without years are left out; the table beside the
 * diagram lists them. Undefined when no programme has years, as there is nothing to draw.
 */
export function roadmapGantt(region: RegionModel, lang: Lang): string | undefined {
  const sections = region.dimensions
    .map(({ dimension, programmes }) => ({ name: nameIn(dimension, lang), programmes: programmes.filter(hasSpan) }))
    .filter((section) => section.programmes.length > 0);
  if (sections.length === 0) return undefined;

  const lines = [
    'gantt',
    '  dateFormat YYYY-MM-DD',
    '  axisFormat %Y',
    // One tick per January; Mermaid accepts intervals up to months only.
    '  tickInterval 12month',
    '  todayMarker off',
    // End dates are the last day of the year, drawn up to and including 31 December.
    '  inclusiveEndDates',
  ];
  if (region.horizons.length > 0) {
    lines.push(`  section ${mermaidText(T.horizons[lang], 'gantt-section')}`);
    const t = translator(lang);
    for (const { horizon, span } of region.horizons) {
      lines.push(bar(`${t(`labels.horizon.${horizon}`)} ${formatYears(span)}`, ['active'], span));
    }
  }
  for (const section of sections) {
    lines.push(`  section ${mermaidText(section.name, 'gantt-section')}`);
    for (const programme of section.programmes) {
      const name = `${programme.isQuickWin ? QUICK_WIN_MARK : ''}${programme.data.name}`;
      lines.push(bar(name, programme.isQuickWin ? ['crit'] : [], programme.span));
    }
  }
  return lines.join('\n') + '\n';
}

function hasSpan(programme: ProgrammeModel): programme is ProgrammeModel & { span: YearSpan } {
  return programme.span !== undefined;
}

function bar(name: string, tags: readonly string[], span: YearSpan): string {
  const data = [...tags, `${span.start}-01-01`, `${span.end}-12-31`].join(', ');
  return `    ${mermaidText(name, 'gantt-task')} :${data}`;
}
