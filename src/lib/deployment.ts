/**
 * What differs between deployments of the portal and is not content: where readers write about a
 * mistake. Read once from the build's environment; README.md ("Deployment settings") documents
 * the variables. Unset, the about page names who to write to in words and links nowhere: a link
 * to a repository or mailbox that is not this portal's would be a dead end for the reader.
 */
export interface Deployment {
  /** `CONTACT_EMAIL`: the mailbox of the portal's editors. */
  readonly contactEmail: string | undefined;
  /** `REPOSITORY_URL`: the public repository of the portal's content (issues, merge requests, history). */
  readonly repositoryUrl: string | undefined;
}

/** One @, no spaces, a dot in the domain: enough to refuse a typo without judging real addresses. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The settings in `env`; a value that is set but unusable stops the build with its name, since a
 * broken contact link would otherwise be published on every deployment's about page.
 */
export function deploymentFrom(env: Readonly<Record<string, string | undefined>>): Deployment {
  const contactEmail = env.CONTACT_EMAIL?.trim() || undefined;
  const repositoryUrl = env.REPOSITORY_URL?.trim().replace(/\/+$/, '') || undefined;
  if (contactEmail !== undefined && !EMAIL.test(contactEmail)) {
    throw new Error(`CONTACT_EMAIL="${contactEmail}" is not an e-mail address (expected e.g. redaksi@kota.go.id).`);
  }
  if (repositoryUrl !== undefined && !/^https:\/\/[^\s/]+\/\S+$/.test(repositoryUrl)) {
    throw new Error(`REPOSITORY_URL="${repositoryUrl}" is not an https address of a repository (expected e.g. https://gitlab.com/kota/masterplan).`);
  }
  return { contactEmail, repositoryUrl };
}

/** This build's settings. */
export const DEPLOYMENT: Deployment = deploymentFrom(process.env);
