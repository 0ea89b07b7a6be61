import { describe, expect, test } from 'vitest';
import { guideTopics } from '../../src/lib/site/content/guide-schema.ts';
import { guideBodyText } from '../../scripts/reading-level/guide-text.ts';
import { headingsOf, sourceOf, sourcesOf, type Lang } from './support/guide-source.ts';

/*
 * What an NHS procedure page always covers, in both languages (issue 12): each section below is
 * in the guide where a patient looks for it, with the facts that make it useful and a source for
 * them. One message across guides is tests/unit/guides-one-message.test.ts.
 */


/** A section: its guide, its heading in each language, what it must say, and a source URL it rests on. */
interface Section {
	name: string;
	guide: (typeof guideTopics)[number];
	heading: Record<Lang, string>;
	says: Record<Lang, RegExp[]>;
	/** The published source its facts rest on; none where the section only tells the patient to ask or tell the clinic. */
	source?: string;
}

const sections: Section[] = [
	{
		name: 'who should not have it',
		guide: 'who-it-is-for',
		heading: { en: 'Who should not have it', tr: 'Kimlere yapılmamalı?' },
		says: {
			en: [/infection in or near the area/, /bleeding disorder/, /allergic reaction to a numbing medicine \(local anaesthetic\)/, /feel unwell/],
			tr: [/enfeksiyon/, /kanama hastalığı/, /alerjik tepki/, /iyi hissetmiyorsanız/],
		},
		source: 'https://www.nhs.uk/conditions/local-anaesthesia/',
	},
	{
		name: 'pregnancy and breastfeeding',
		guide: 'who-it-is-for',
		heading: { en: 'Pregnancy and breastfeeding', tr: 'Hamilelik ve emzirme' },
		says: { en: [/pregnant/, /breastfeeding/], tr: [/Hamileyseniz/, /hamile olma ihtimaliniz varsa/, /emziriyorsanız/] },
	},
	{
		name: 'other treatments',
		guide: 'who-it-is-for',
		heading: { en: 'Other treatments', tr: 'Diğer tedaviler' },
		says: {
			en: [/exercise/, /physiotherapist/, /losing weight/, /anti-inflammatory gel/, /painkiller tablets/, /steroid injection/, /joint replacement/, /no treatment for now/, /wrist splint/, /operation/],
			tr: [/egzersiz/, /fizyoterapist/, /kilo vermek/, /iltihap giderici bir jel/, /ağrı kesici tabletler/, /kortizon \(steroid\) iğnesi/, /protez/, /hiç tedavi olmamayı/, /bilek ateli/, /ameliyat/],
		},
		source: 'https://www.nice.org.uk/guidance/ng226',
	},
	{
		name: 'who should not have it',
		guide: 'who-it-is-for',
		heading: { en: 'Who should not have it', tr: 'Kimlere yapılmamalı?' },
		says: {
			en: [/gout/, /fracture/, /artificial joint/, /not well controlled/, /immune system/],
			tr: [/gut atağı/, /kemik kırığı/, /yapay \(protez\) bir eklem/, /kontrol altında değilse/, /Bağışıklığınız zayıfsa/],
		},
	},
	{
		name: 'painkillers that calm swelling, and paracetamol safety',
		guide: 'preparation',
		heading: { en: 'Painkillers that calm swelling', tr: 'Şişliği azaltan ağrı kesiciler' },
		says: {
			en: [/another condition, such as gout or arthritis, ask that doctor before you stop it/, /Check the label/, /other medicines that contain paracetamol/, /under 50kg/, /liver problems/, /alcohol/, /warfarin/, /INR/],
			tr: [/gut ya da romatizma gibi başka bir hastalık/, /o doktora danışın/, /parasetamol içeren başka bir ilaç almayın/, /50 kilogramın altındaysa/, /karaciğer/, /alkol/, /Varfarin/, /INR/],
		},
		source: 'https://www.nhs.uk/medicines/paracetamol-for-adults/',
	},
	{
		name: 'diabetes',
		guide: 'preparation',
		heading: { en: 'If you have diabetes', tr: 'Şeker hastalığınız varsa' },
		says: { en: [/dextrose/, /amount of sugar in it is small/, /Tell your clinic/, /not well controlled/, /blood sugar as usual/], tr: [/dekstroz/, /şeker miktarı azdır/, /kliniğe söyleyin/, /kontrol altında değilse/, /her zamanki gibi/] },
		source: 'https://pubmed.ncbi.nlm.nih.gov/23690322/',
	},
	{
		name: 'supplements that affect bleeding',
		guide: 'preparation',
		heading: { en: 'Supplements', tr: 'Besin takviyeleri ve bitkisel ürünler' },
		says: { en: [/fish oil/, /ginkgo/, /vitamin E/, /garlic/, /turmeric/, /Tell your clinic/], tr: [/Balık yağı/, /ginkgo/, /E vitamini/, /sarımsak/, /zerdeçal/, /kliniğe söyleyin/] },
		source: 'https://doi.org/10.1097/AAP.0000000000000700',
	},
	{
		name: 'ill on the day or need to cancel',
		guide: 'preparation',
		heading: { en: 'If you are ill or need to cancel', tr: 'Hastaysanız ya da gelemeyecekseniz' },
		says: { en: [/feel unwell/, /cancel or move a session/, /\[clinicPhone\]/], tr: [/iyi hissetmiyorsanız/, /iptal etmeniz/, /\[clinicPhone\]/] },
	},
	{
		name: 'consent, and stopping at any time',
		guide: 'treatment-day',
		heading: { en: 'When you arrive', tr: 'Geldiğinizde' },
		says: { en: [/give consent/, /change your mind at any time, even during a session/], tr: [/onay vermeniz/, /Fikrinizi istediğiniz zaman değiştirebilirsiniz, seans sırasında bile/] },
		source: 'https://www.nhs.uk/conditions/consent-to-treatment/',
	},
	{
		name: 'how long the visit takes',
		guide: 'treatment-day',
		heading: { en: 'How long it takes', tr: 'Ne kadar sürer?' },
		says: { en: [/Allow time for the check, the injections and a short rest/], tr: [/Muayene, iğneler ve sonrasında kısa bir dinlenme/] },
	},
	{
		name: 'care of the injection sites',
		guide: 'aftercare',
		heading: { en: 'Looking after the injection sites', tr: 'İğne yerlerinin bakımı' },
		says: { en: [/plasters/, /shower/, /ice or heat/, /sign of infection/], tr: [/bantlar/, /duş/, /buz ya da sıcak/, /enfeksiyon belirtisi/] },
	},
	{
		name: 'how rare the rare risks are',
		guide: 'side-effects',
		heading: { en: 'Rare problems', tr: 'Seyrek görülen sorunlar' },
		says: { en: [/do not say exactly how often/, /very rare cases/], tr: [/ne sıklıkta olduğunu tam olarak söylemiyor/, /Çok seyrek/] },
		source: 'https://www.nhs.uk/conditions/local-anaesthesia/',
	},
	{
		name: 'what treatment costs',
		guide: 'questions',
		heading: { en: 'What does it cost?', tr: 'Ücreti ne kadar?' },
		says: { en: [/each session/, /change from year to year/], tr: [/Her seans/, /yıldan yıla değişir/] },
	},
];

/** The text of one `##` section: from its heading to the next. */
function sectionText(lang: Lang, slug: string, heading: string): string {
	const source = sourceOf(lang, slug);
	const start = source.indexOf(`\n## ${heading}\n`);
	if (start < 0) return '';
	const next = source.indexOf('\n## ', start + 4);
	return guideBodyText(source.slice(start, next < 0 ? undefined : next), (name) => `[${name}]`);
}

describe.each(sections)('the section on $name', (section) => {
	test.each(['en', 'tr'] as const)('is in the %s guide, with what it must say and its source', (lang) => {
		expect(headingsOf(lang, section.guide)).toContain(section.heading[lang]);
		const text = sectionText(lang, section.guide, section.heading[lang]);
		// Case-insensitive: a list item starts with a capital letter once read as a block.
		for (const pattern of section.says[lang]) expect(text, `${lang}/${section.guide}: ${section.heading[lang]}`).toMatch(new RegExp(pattern.source, 'iu'));
		if (section.source) expect(sourcesOf(lang, section.guide).map((s) => s.url)).toContain(section.source);
	});
});

