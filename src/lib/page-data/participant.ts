import type { Translate } from '../../i18n/index.ts';
import { directoryPathOf } from '../directory.ts';
import type { ParticipantModel } from '../model.ts';
import { contributePath, directoryPath } from '../routes.ts';
import { participantSearchRecord, type SearchRecord } from '../search-record.ts';
import type { Crumb } from './breadcrumbs.ts';
import { cohortView, type CohortView } from './region.ts';

/**
 * Everything the page of a participating region without a content folder (`/<slug>/`) shows: what
 * the register and the cohort lists say, what is not known yet, and where to help.
 */

export interface ParticipantPage {
  readonly name: string;
  readonly province: string;
  /** The directory page of the region's province, language-neutral. */
  readonly provincePath: string;
  readonly typeLabel: string;
  readonly code: string;
  readonly description: string;
  /** Directory › province › this region. */
  readonly breadcrumbs: readonly Crumb[];
  readonly cohort: CohortView;
  /** The facts a masterplan page would show and no source gives yet. */
  readonly notKnownYet: readonly string[];
  readonly contributePath: string;
  readonly searchRecord: SearchRecord;
}

export function participantPage(participant: ParticipantModel, t: Translate): ParticipantPage {
  const { region, cohort } = participant;
  const provincePath = directoryPathOf({ by: 'province', province: region.province });
  const years = cohort.claims.map((claim) => claim.year).join(', ');
  return {
    name: region.name,
    province: region.province.name,
    provincePath,
    typeLabel: t(`labels.regionType.${region.type}`),
    code: region.code,
    description: t('region.participant.description', region.name, region.province.name, t('common.cohort'), years),
    breadcrumbs: [{ label: t('common.regions'), path: directoryPath() }, { label: region.province.name, path: provincePath }, { label: region.name }],
    cohort: cohortView(cohort),
    notKnownYet: [
      t('region.participant.unknown.period'),
      t('region.participant.unknown.regulation'),
      t('region.participant.unknown.bodies'),
      t('region.participant.unknown.programmes'),
      t('region.participant.unknown.evaluations'),
    ],
    contributePath: contributePath(),
    searchRecord: participantSearchRecord(participant),
  };
}
