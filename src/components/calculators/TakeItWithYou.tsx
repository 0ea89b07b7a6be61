import { useEffect, useState } from 'preact/hooks';
import type { StringKey } from '../../i18n/strings/en.ts';
import { copyText } from './browser.ts';

type TakeAwayKey = Extract<StringKey, 'calc.takeWithYou' | 'calc.download' | 'calc.downloadHint' | 'calc.print' | 'calc.copyLink' | 'calc.linkLabel' | 'calc.linkCopied'>;

interface Props {
	/** The island's translator; this component needs only the calc.* words above. */
	t: (key: TakeAwayKey) => string;
	onDownload: () => void;
	/** The address that reopens the same answer (its inputs live only in the fragment). */
	shareUrl: string | undefined;
}

/**
 * "Take it with you", shared by both calculators: a calendar file, a printout, and a link that
 * reopens the same answer. The link is also shown in a field, for browsers that do not allow
 * copying; its "copied" note clears whenever the link changes.
 */
export function TakeItWithYou({ t, onDownload, shareUrl }: Props) {
	const [copied, setCopied] = useState(false);
	useEffect(() => setCopied(false), [shareUrl]);
	return (
		<>
			<h2 class="no-print">{t('calc.takeWithYou')}</h2>
			<div class="take-away no-print">
				<p>
					<button type="button" class="button button--secondary" onClick={onDownload} aria-describedby="download-hint">
						{t('calc.download')}
					</button>
					<span class="hint" id="download-hint">
						{t('calc.downloadHint')}
					</span>
				</p>
				<p>
					<button type="button" class="button button--secondary" onClick={() => print()}>
						{t('calc.print')}
					</button>
				</p>
				<p>
					<button type="button" class="button button--secondary" onClick={async () => shareUrl && setCopied(await copyText(shareUrl))}>
						{t('calc.copyLink')}
					</button>
				</p>
				{shareUrl && (
					<div class="form-group">
						<label class="label" for="share-link">
							{t('calc.linkLabel')}
						</label>
						<input class="input" id="share-link" type="text" readOnly value={shareUrl} onFocus={(event) => event.currentTarget.select()} />
						<p class="hint" aria-live="polite">
							{copied ? t('calc.linkCopied') : ''}
						</p>
					</div>
				)}
			</div>
		</>
	);
}
