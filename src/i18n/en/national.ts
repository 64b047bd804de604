import { counted } from '../format.ts';
import type { Translation } from '../translate.ts';
import type national from '../id/national.ts';

const programmes = (count: number) => counted(count, 'en', { one: 'programme', other: 'programmes' });
const regions = (count: number) => counted(count, 'en', { one: 'region', other: 'regions' });

export default {
  sixDimensions: 'The six Smart City dimensions',
  dimensionsIntro:
    'Every programme in a masterplan belongs to one of six dimensions. Each dimension has three standard elements; a programme whose topic lies outside them goes into an element its region names itself.',
  whatItMeans: 'What does it mean?',
  elements: 'Elements',
  elementsIntro: 'The dimension’s three standard elements, with their programme counts. Programmes whose topic lies outside them are counted after, in elements their regions name themselves.',
  otherElements: (count: number) => `${programmes(count)} in other elements named by their regions`,
  unknownElement: (count: number) => `${programmes(count)} whose element is not known yet`,
  byProvince: 'Programmes by province',
  nationalCount: (programmeCount: number, regionCount: number, provinceCount: number) =>
    `${programmes(programmeCount)} in ${regions(regionCount)} in ${counted(provinceCount, 'en', { one: 'province', other: 'provinces' })}.`,
  provinceCount: (programmeCount: number, regionCount: number) => `${programmes(programmeCount)} in ${regions(regionCount)}`,
  provincesIntro: 'Choose a province to see the programmes of each of its regions. The number in brackets: the region’s programmes in this dimension.',
  none: 'No programmes in this dimension yet.',
  fictionalNotCounted: 'Fictional examples are not counted.',
  fictionalBelowNotCounted: 'The fictional examples below are not counted.',
  fictionalExamples: 'Fictional demonstration examples (not counted)',
  inProvince: (dimension: string, province: string) => `${dimension} in ${province}`,
  allProvinces: 'This dimension in all provinces',
} satisfies Translation<typeof national>;
