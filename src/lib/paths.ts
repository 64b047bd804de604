/**
 * Language-neutral page paths. Pages, feeds, search records and data exports all link through
 * these, so a URL scheme change happens in one place. Ids never change with titles.
 */

export const regionPath = (region: string): string => `/${region}/`;
export const roadmapPath = (region: string): string => `/${region}/peta-jalan/`;
export const regionDimensionPath = (region: string, dimension: string): string => `/${region}/dimensi/${dimension}/`;
export const programmePath = (region: string, programmeId: string): string => `/${region}/program/${programmeId}/`;
export const nationalDimensionPath = (dimension: string): string => `/dimensi/${dimension}/`;
/** One province's regions and their programmes of a dimension; `province` is the register's slug, e.g. `kalimantan-timur`. */
export const nationalDimensionProvincePath = (dimension: string, province: string): string => `/dimensi/${dimension}/${province}/`;

/** The national directory of all kabupaten/kota; its filter pages are `/daerah/<group>/<value>/`. */
export const DIRECTORY_PATH = '/daerah/';
export interface DirectoryFilterSegments {
  readonly group: 'provinsi' | 'kohort' | 'status';
  readonly value: string;
}
export const directoryFilterPath = ({ group, value }: DirectoryFilterSegments): string => `${DIRECTORY_PATH}${group}/${value}/`;

/** An id attribute from free text (province names have spaces): `Kalimantan Timur` → `kalimantan-timur`. */
export const anchorId = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
