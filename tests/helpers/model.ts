import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import type { LoadResult } from '../../src/lib/content/load.ts';

/**
 * The model of content the check passed, as tests of content features need it. The check itself
 * never builds one (src/lib/content/ stays below the model); `undefined` when the check found problems.
 */
export const modelOf = (result: LoadResult): SiteModel | undefined => result.content && buildModel(result.content);
