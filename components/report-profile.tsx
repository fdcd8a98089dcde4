/** The report header: how much of the article is attributed, and to whom. */
import type { AttributionProfile } from '../utils/export/attribution-profile';
import { useT } from './i18n';

export interface ReportProfileProps {
  profile: AttributionProfile;
  /** UI language for number formatting ("43 %" in French, "43%" in English). */
  locale?: string;
}

export function ReportProfile({ profile, locale }: ReportProfileProps) {
  const t = useT();
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const tiles: { value: string; label: string; id: string }[] = [
    profile.sentences && profile.sentences.total > 0
      ? { id: 'attributed', value: pct.format(profile.sentences.attributed / profile.sentences.total), label: t('profileSentences', [String(profile.sentences.attributed), String(profile.sentences.total)]) }
      : { id: 'attributed', value: pct.format(profile.attributedShare), label: t('profileAttributed') },
    profile.topAgency
      ? { id: 'agency', value: pct.format(profile.topAgency.share), label: t('profileTopAgency', profile.topAgency.name) }
      : { id: 'agency', value: '—', label: t('profileNoAgency') },
    { id: 'anonymous', value: String(profile.anonymousCount), label: t('profileAnonymous') },
    { id: 'credits', value: String(profile.credits.length), label: t('profileCredits') },
  ];
  return (
    <section class="profile" aria-labelledby="profile-title">
      <h2 id="profile-title" class="visually-hidden">{t('profileTitle')}</h2>
      <dl class="tiles">
        {tiles.map((tile) => (
          <div class="tile" key={tile.id} data-tile={tile.id}>
            <dt class="tile-label">{tile.label}</dt>
            <dd class="tile-value">{tile.value}</dd>
          </div>
        ))}
      </dl>
      {profile.credits.length > 0
        ? <p class="credits"><span class="credit-label">{t('creditLabel')}</span> {profile.credits.join(' · ')}</p>
        : null}
    </section>
  );
}
