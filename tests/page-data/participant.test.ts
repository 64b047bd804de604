import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import type { CohortClaim, CohortSource } from '../../src/lib/cohorts.ts';
import { buildModel } from '../../src/lib/model.ts';
import { participantPage } from '../../src/lib/page-data/participant.ts';
import { parseRegister } from '../../src/lib/register/register.ts';

const SOURCES: Record<string, CohortSource> = {
  L18: { id: 'L18', title: 'Daftar 2018', outlet: 'Kominfo', url: 'https://contoh.id/2018' },
  L19: { id: 'L19', title: 'Daftar 2019', outlet: 'Kominfo', url: 'https://contoh.id/2019' },
};

/** Kabupaten Banyumas has two disagreeing claims and no content folder, so it has a participant page. */
function participant() {
  const claims: CohortClaim[] = [
    { code: '33.02', year: 2019, sources: ['L19'], mouDate: '2019-07-09' },
    { code: '33.02', year: 2018, sources: ['L18'] },
  ];
  const model = buildModel(
    { regions: [], dimensionPages: [], programmes: [] },
    {
      register: parseRegister(['33\tJawa Tengah', '33.02\tKabupaten Banyumas'].join('\n')),
      cohorts: { claimsByCode: () => new Map([['33.02', claims]]), sourceById: (id) => SOURCES[id] },
    },
  );
  return model.participants[0]!;
}

describe('participantPage', () => {
  const page = participantPage(participant(), translator('id'));

  it('shows the register facts: name, province linking to its directory page, type and code', () => {
    expect(page).toMatchObject({ name: 'Kabupaten Banyumas', province: 'Jawa Tengah', provincePath: '/daerah/provinsi/jawa-tengah/', typeLabel: 'Kabupaten', code: '33.02' });
    expect(participantPage(participant(), translator('en')).typeLabel).toBe('Regency');
  });

  it('leads back through the directory and the province', () => {
    expect(page.breadcrumbs).toEqual([{ label: 'Daerah', path: '/daerah/' }, { label: 'Jawa Tengah', path: '/daerah/provinsi/jawa-tengah/' }, { label: 'Kabupaten Banyumas' }]);
    expect(participantPage(participant(), translator('en')).breadcrumbs[0]).toEqual({ label: 'Regions', path: '/daerah/' });
  });

  it('describes the region by its cohort years, every claim kept', () => {
    expect(page.description).toBe('Kabupaten Banyumas, Jawa Tengah: Angkatan Gerakan Smart City 2018, 2019.');
    expect(page.cohort.sourcesDisagree).toBe(true);
    expect(page.cohort.claims.map((claim) => [claim.year, claim.mouDate, claim.cohortPath])).toEqual([
      [2018, undefined, '/daerah/kohort/2018/'],
      [2019, '2019-07-09', '/daerah/kohort/2019/'],
    ]);
  });

  it('says what is not known yet and where to contribute', () => {
    expect(page.notKnownYet).toEqual(['periode masterplan', 'peraturan yang menetapkannya', 'Dewan Smart City dan tim pelaksana', 'program dan quick win', 'hasil evaluasi']);
    expect(participantPage(participant(), translator('en')).notKnownYet[0]).toBe('the masterplan period');
    expect(page.contributePath).toBe('/tentang/#kontribusi');
  });
});
