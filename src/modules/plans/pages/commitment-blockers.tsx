// The blockers section of a commitment page: those the reader may see (public ones for the public) and, for the
// commitment's project leads, the link to raise one.
import type { I18n } from '../../../i18n/index.ts';
import type { BlockerView } from '../blockers.service.ts';
import { StatusBadge, when } from './governance-kit.tsx';

export function CommitmentBlockers(props: {
  i18n: I18n;
  slug: string;
  number: number;
  blockers: BlockerView[];
  canRaise: boolean;
}) {
  const { i18n, slug, number } = props;
  const { t, locale } = i18n;
  const base = `/${locale}/plans/${slug}`;
  return (
    <section aria-labelledby="blockers-title">
      <h2 id="blockers-title">{t('plans.blocker.ofCommitment')}</h2>
      {props.canRaise && (
        <p>
          <a href={`${base}/commitments/${number}/blockers/new`}>{t('plans.blocker.raise.link')}</a>
        </p>
      )}
      {props.blockers.length === 0 ? (
        <p class="muted">{t('plans.blocker.none')}</p>
      ) : (
        <ul>
          {props.blockers.map((b) => (
            <li key={b.id}>
              <a href={`${base}/blockers/${b.id}`} lang={b.lang === locale ? undefined : b.lang}>
                {b.title}
              </a>{' '}
              <StatusBadge i18n={i18n} status={b.status} />{' '}
              <span class="muted">{when(i18n, b.createdAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
