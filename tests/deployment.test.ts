import { describe, expect, it } from 'vitest';
import { deploymentFrom } from '../src/lib/deployment.ts';

/** Where readers write about a mistake, set per deployment; unset, the about page links nowhere. */
describe('the deployment settings', () => {
  it('are empty by default, so the about page says in words where to write', () => {
    expect(deploymentFrom({})).toEqual({ contactEmail: undefined, repositoryUrl: undefined });
    expect(deploymentFrom({ CONTACT_EMAIL: '  ', REPOSITORY_URL: '' })).toEqual({ contactEmail: undefined, repositoryUrl: undefined });
  });

  it('read the editors’ mailbox and the repository, without a trailing slash', () => {
    expect(deploymentFrom({ CONTACT_EMAIL: 'redaksi@kota.go.id', REPOSITORY_URL: 'https://gitlab.com/kota/masterplan/' })).toEqual({
      contactEmail: 'redaksi@kota.go.id',
      repositoryUrl: 'https://gitlab.com/kota/masterplan',
    });
  });

  it('stop the build on a value that would publish a dead link, naming the variable', () => {
    expect(() => deploymentFrom({ CONTACT_EMAIL: 'redaksi kota.go.id' })).toThrow('CONTACT_EMAIL="redaksi kota.go.id" is not an e-mail address (expected e.g. redaksi@kota.go.id).');
    expect(() => deploymentFrom({ REPOSITORY_URL: 'gitlab.com/kota' })).toThrow('REPOSITORY_URL="gitlab.com/kota" is not an https address of a repository (expected e.g. https://gitlab.com/kota/masterplan).');
  });
});
