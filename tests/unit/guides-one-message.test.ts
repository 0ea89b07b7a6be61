import { describe, expect, test } from 'vitest';
import { guideSchema, guideTopics } from '../../src/lib/site/content/guide-schema.ts';
import { sentencesOf } from '../../scripts/reading-level/guide-text.ts';
import { strings } from '../../src/i18n/index.ts';
import { bodyOf, sourceOf, sourcesOf, type Lang } from './support/guide-source.ts';

/*
 * One message everywhere (issue 12): no guide says a thing another guide or the medication
 * calculator contradicts, overstates, or cites a source that does not support it.
 */

/** Phrases no guide may use: each contradicts another page or the calculator, overstates, or was lifted from the source text. */
const refused: Record<Lang, [why: string, pattern: RegExp][]> = {
	en: [
		['NSAIDs after treatment: the calculator only uses the clinic’s rule, so "unless your clinic says you can" contradicts it', /unless your clinic says you can/i],
		['NSAIDs: "only stop if your clinic or your doctor tells you to" mixes the prescriber in', /or your doctor tells you to/i],
		['overstated: tissue growing back', /grow back/i],
		['overstated: each session building on the one before', /builds on the one before/i],
		['the clinic’s default called what most people have', /most people (have|need) \[sessionsDefault\]/i],
		['overstated: a "large" review', /\blarge review\b/i],
		['relief "often starts" instead of "around"', /relief often starts/i],
		['self-praise: "told honestly"', /honestly/i],
		['the blanket low-risk claim, without the spine', /experts class/i],
		['lifted from the source text: social life', /social life/i],
		['a letter in reply cited as evidence', /Am Fam Physician/],
		['the clinic’s faulty source text cited', /Prolotherapy patient information/],
	],
	tr: [
		['NSAİİ: "klinik izin vermedikçe" hesaplayıcıyla çelişir', /izin vermedikçe/i],
		['NSAİİ: "kliniğiniz ya da doktorunuz söylerse"', /ya da doktorunuz söylerse/i],
		['abartı: "gelişmesine yardım etmesi beklenir"', /beklenir/i],
		['abartı: "bir öncekinin üzerine kurulur"', /üzerine kurulur/i],
		['abartı: "büyük bir derleme"', /büyük bir derleme/i],
		['"rahatlama sıklıkla başlar"', /sıklıkla başlar/i],
		['"dürüstçe"', /dürüstçe/i],
		['"uzmanlar … düşük riskli sayar", omurga olmadan', /^Uzmanlar/m],
		['kaynak metinden: sosyal hayat', /sosyal hayat/i],
		['"deneme" (trial) yerine "çalışma"', /\bdeneme/i],
		['"Bağlar, kemikleri birbirine tutan"', /birbirine tutan/i],
		['"kolay ulaşsın diye yatar"', /ulaşsın diye/i],
		['"Hasta hissederseniz"', /hasta hisseder/i],
		['"Bu bir söz değil, kabaca bir bilgidir"', /kabaca bir bilgi/i],
		['"kötü bir baş ağrısı"', /kötü bir baş ağrısı/i],
		['"planlı bir iltihap": okur "enfeksiyon" duyar', /planlı bir iltihap/i],
		['"uyuşturucu" (narkotik) yerine "uyuşturan"', /uyuşturucu/i],
		['Am Fam Physician mektubu', /Am Fam Physician/],
		['kaynak metin', /Proloterapi hasta bilgilendirmesi/],
	],
};

describe.each(['en', 'tr'] as const)('every %s guide', (lang) => {
	test.each(guideTopics.flatMap((slug) => refused[lang].map(([why, pattern]) => [slug, why, pattern] as const)))('%s avoids %s', (slug, _why, pattern) => {
		expect(sourceOf(lang, slug)).not.toMatch(pattern);
	});

	test.each([...guideTopics])('%s cites NHS pages as "accessed", never with a year they were not published in', (slug) => {
		for (const source of sourcesOf(lang, slug).filter((s) => s.publisher === 'NHS')) {
			expect(source.year, source.title).toBeUndefined();
			expect(source.accessed, source.title).toMatch(/^\d{4}-\d{2}$/);
		}
	});
});

describe('one message on anti-inflammatory painkillers after treatment', () => {
	const after: Record<Lang, RegExp> = {
		en: /If your clinic asked you to stop anti-inflammatory painkillers, such as ibuprofen, ask it when you can start them again\./,
		tr: /Klinik sizden iltihap giderici ağrı kesicilere \(NSAİİ\) ara vermenizi istediyse, ne zaman yeniden başlayabileceğinizi sorun\./,
	};
	test.each((['en', 'tr'] as const).flatMap((lang) => (['treatment-day', 'side-effects', 'aftercare'] as const).map((slug) => [lang, slug] as const)))(
		'%s/%s says it in the same words, next to "paracetamol is usually fine"',
		(lang, slug) => {
			const text = bodyOf(lang, slug);
			expect(text).toMatch(after[lang]);
			expect(text).toMatch(lang === 'en' ? /usually take paracetamol/ : /genelde parasetamol alabilirsiniz/);
		},
	);

	test('the medication page says the same: painkillers only if the clinic asked, blood thinners only with the prescriber', () => {
		expect(strings.en['medication.onlyIfTold']).toBe('Only stop a painkiller if your clinic asked you to. Never stop a blood thinner unless the doctor who prescribes it agrees.');
		expect(strings.tr['medication.onlyIfTold']).toMatch(/^Bir ağrı kesiciye yalnızca kliniğiniz istediyse ara verin\./);
	});

	test.each(['en', 'tr'] as const)('%s/preparation: stop only if the clinic asked, then ask it when to restart', (lang) => {
		expect(bodyOf(lang, 'preparation')).toMatch(
			lang === 'en' ? /Only stop them if your clinic asked you to\. If it did, ask it when you can start them again\./ : /Yalnızca kliniğiniz isterse ara verin\./,
		);
	});
});

describe('one message on blood thinners, aspirin and supplements, as the calculator gives it', () => {
	test.each(['en', 'tr'] as const)('%s/preparation: the prescriber’s days only, aspirin by purpose, supplements to the clinic', (lang) => {
		const sentences = sentencesOf(bodyOf(lang, 'preparation'));
		const has = (pattern: RegExp) => expect(sentences.some((s) => pattern.test(s)), String(pattern)).toBe(true);
		if (lang === 'en') {
			has(/use only the days that doctor gives you/);
			has(/never uses your clinic's rule for painkillers for a blood thinner/);
			has(/Aspirin you buy for pain, a fever or a cold counts as one of these painkillers/);
			has(/Aspirin a doctor prescribed for your heart, a stroke or a stent is usually not stopped/);
			has(/Injections near the spine can carry more risk/);
		} else {
			has(/yalnızca onun söylediklerine uyun/);
			has(/kliniğin ağrı kesici kuralını asla kullanmaz/);
			has(/soğuk algınlığı için reçetesiz, kendi kararınızla aldığınız aspirin de bu ağrı kesicilerdendir/);
			has(/kalp için yazdığı aspirin bu gruba girmez/);
			has(/kalp, inme ya da stent için yazdığı aspirin genelde bırakılmaz/);
			has(/Omurga yakınına yapılan iğnelerin riski daha yüksek olabilir/);
		}
	});
});

describe('a source gives the year it was published, or the month a web page was read', () => {
	const guide = (source: Record<string, unknown>) =>
		guideSchema.safeParse({ title: 'T', description: 'A description of twenty characters.', topic: 'costs', order: 9, lastReviewed: '2026-11-27', nextReview: '2027-11-27', sources: [{ title: 'S', publisher: 'NHS', ...source }] });

	test.each([
		['a year', { year: 2013 }, true],
		['an accessed month', { accessed: '2026-11' }, true],
		['neither', {}, false],
		['both', { year: 2026, accessed: '2026-11' }, false],
		['a month that is not one', { accessed: '2026-13' }, false],
	])('%s: %s', (_case, source, valid) => {
		expect(guide(source).success).toBe(valid);
	});
});

test('the Turkish note on anti-inflammatory painkillers says "iltihabi doku tepkisi (inflamasyon)", never "planlı bir iltihap"', async () => {
	const { DEFAULT_GROUPS } = await import('../../src/lib/rules/medication/schema.ts');
	const notes = DEFAULT_GROUPS.map((group) => group.note.tr);
	for (const note of notes) expect(note).not.toMatch(/planlı bir iltihap/i);
	expect(notes.some((note) => /kontrollü bir iltihabi doku tepkisi/.test(note))).toBe(true);
});
