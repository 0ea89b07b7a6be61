import type { MedicineGroupInput, MedicineInput } from './types.ts';

/*
 * The default medication rules, written as a clinic would write them in its settings.
 * Sources: the clinic's text (stop anti-inflammatory and blood-thinning medicines 3 days before
 * treatment) and the content brief, section B: blood thinners and antiplatelets only with the
 * prescriber's agreement (Narouze et al. 2018; NHS), low-dose aspirin for the heart kept,
 * paracetamol allowed. Brand names are ones sold in the UK or US (`en`) and in Turkey (`tr`).
 */

/** The default groups of medicines and their rules. */
export const DEFAULT_GROUPS = [
	{
		id: 'nsaid',
		kind: 'stopBefore',
		name: {
			en: 'Anti-inflammatory painkillers (NSAIDs)',
			tr: 'İltihap giderici ağrı kesiciler (NSAİİ)',
		},
		note: {
			en: 'Your clinic may ask you to stop these painkillers for a few days before treatment. The treatment works through a short, planned inflammation, and these medicines calm inflammation down. Paracetamol is usually fine for pain instead.',
			tr: 'Kliniğiniz, tedaviden önceki birkaç gün bu ağrı kesicileri almamanızı isteyebilir. Tedavi kısa ve planlı bir iltihapla etki eder; bu ilaçlar ise iltihabı bastırır. Ağrı için bunların yerine genellikle parasetamol kullanılabilir.',
		},
		needsPrescriberAgreement: false,
	},
	{
		id: 'anticoagulant',
		kind: 'stopBefore',
		name: {
			en: 'Blood thinners (anticoagulants)',
			tr: 'Kan sulandırıcılar (antikoagülanlar)',
		},
		note: {
			en: 'Do not stop a blood thinner on your own. Ask the doctor who prescribes it. Stop it only if they agree, and only on the days they give you.',
			tr: 'Kan sulandırıcı ilacınızı kendi kendinize bırakmayın. İlacı size yazan doktora sorun. Yalnızca o onaylarsa ve yalnızca onun söylediği günlerde ara verin.',
		},
		needsPrescriberAgreement: true,
	},
	{
		id: 'antiplatelet',
		kind: 'stopBefore',
		name: {
			en: 'Antiplatelet medicines',
			tr: 'Trombosit önleyici ilaçlar (antiagreganlar)',
		},
		note: {
			en: 'These medicines stop blood clots, for example after a heart attack, a stroke or a stent. Do not stop one on your own. Ask the doctor who prescribes it.',
			tr: 'Bu ilaçlar, örneğin kalp krizi, inme ya da stent sonrasında pıhtı oluşmasını önler. Kendi kendinize bırakmayın. İlacı size yazan doktora sorun.',
		},
		needsPrescriberAgreement: true,
	},
	{
		id: 'low-dose-aspirin',
		kind: 'keepTaking',
		name: {
			en: 'Low-dose aspirin for the heart',
			tr: 'Kalp için düşük doz aspirin',
		},
		note: {
			en: 'Keep taking low-dose aspirin unless the doctor who prescribes it tells you otherwise. Tell your clinic that you take it.',
			tr: 'Size yazan doktor aksini söylemedikçe düşük doz aspirini almaya devam edin. Kullandığınızı kliniğinize söyleyin.',
		},
	},
	{
		id: 'paracetamol',
		kind: 'keepTaking',
		name: {
			en: 'Paracetamol (acetaminophen)',
			tr: 'Parasetamol',
		},
		note: {
			en: 'You can keep taking paracetamol. It is the usual painkiller before and after treatment. Do not take more than the pack says.',
			tr: 'Parasetamol almaya devam edebilirsiniz. Tedaviden önce ve sonra genellikle kullanılan ağrı kesici budur. Kutuda yazandan fazla almayın.',
		},
	},
] satisfies MedicineGroupInput[];

/** The default medicines, each mapped to a group of {@link DEFAULT_GROUPS}. */
export const DEFAULT_MEDICINES = [
	// Anti-inflammatory painkillers (NSAIDs).
	{
		id: 'ibuprofen',
		group: 'nsaid',
		generic: { en: 'ibuprofen', tr: 'ibuprofen' },
		brands: { en: ['Brufen', 'Nurofen', 'Advil', 'Motrin'], tr: ['Brufen', 'Dolven', 'Pedifen', 'Nurofen'] },
	},
	{
		id: 'naproxen',
		group: 'nsaid',
		generic: { en: 'naproxen', tr: 'naproksen' },
		brands: { en: ['Naprosyn', 'Aleve'], tr: ['Apranax', 'Naprosyn'] },
	},
	{
		id: 'diclofenac',
		group: 'nsaid',
		generic: { en: 'diclofenac', tr: 'diklofenak' },
		brands: { en: ['Voltarol', 'Voltaren', 'Cataflam'], tr: ['Voltaren', 'Dikloron', 'Diclomec', 'Cataflam'] },
	},
	{
		id: 'etodolac',
		group: 'nsaid',
		generic: { en: 'etodolac', tr: 'etodolak' },
		brands: { en: ['Lodine'], tr: ['Etol', 'Lodine'] },
	},
	{
		id: 'meloxicam',
		group: 'nsaid',
		generic: { en: 'meloxicam', tr: 'meloksikam' },
		brands: { en: ['Mobic'], tr: ['Melox', 'Meksun'] },
	},
	{
		id: 'celecoxib',
		group: 'nsaid',
		generic: { en: 'celecoxib', tr: 'selekoksib' },
		brands: { en: ['Celebrex'], tr: ['Celebrex'] },
	},
	{
		id: 'dexketoprofen',
		group: 'nsaid',
		generic: { en: 'dexketoprofen', tr: 'deksketoprofen' },
		brands: { en: ['Keral'], tr: ['Arveles'] },
	},
	{
		id: 'flurbiprofen',
		group: 'nsaid',
		generic: { en: 'flurbiprofen', tr: 'flurbiprofen' },
		brands: { en: ['Strefen'], tr: ['Majezik'] },
	},
	{
		id: 'mefenamic-acid',
		group: 'nsaid',
		generic: { en: 'mefenamic acid', tr: 'mefenamik asit' },
		brands: { en: ['Ponstan'], tr: ['Ponstan'] },
	},
	{
		id: 'aspirin-for-pain',
		group: 'nsaid',
		generic: { en: 'aspirin for pain (300 mg or more)', tr: 'ağrı için aspirin (300 mg ve üstü)' },
		otherNames: { en: ['aspirin', 'acetylsalicylic acid'], tr: ['aspirin', 'asetilsalisilik asit'] },
		brands: { en: ['Disprin'], tr: ['Aspirin'] },
	},
	// Low-dose aspirin for the heart.
	{
		id: 'aspirin-low-dose',
		group: 'low-dose-aspirin',
		generic: { en: 'low-dose aspirin for the heart (75 to 100 mg)', tr: 'kalp için düşük doz aspirin (75-100 mg)' },
		otherNames: { en: ['aspirin', 'acetylsalicylic acid'], tr: ['aspirin', 'asetilsalisilik asit'] },
		brands: { tr: ['Coraspin', 'Ecopirin'] },
	},
	// Blood thinners (anticoagulants).
	{
		id: 'warfarin',
		group: 'anticoagulant',
		generic: { en: 'warfarin', tr: 'varfarin' },
		brands: { en: ['Coumadin', 'Marevan', 'Jantoven'], tr: ['Coumadin'] },
	},
	{
		id: 'apixaban',
		group: 'anticoagulant',
		generic: { en: 'apixaban', tr: 'apiksaban' },
		brands: { en: ['Eliquis'], tr: ['Eliquis'] },
	},
	{
		id: 'rivaroxaban',
		group: 'anticoagulant',
		generic: { en: 'rivaroxaban', tr: 'rivaroksaban' },
		brands: { en: ['Xarelto'], tr: ['Xarelto'] },
	},
	{
		id: 'edoxaban',
		group: 'anticoagulant',
		generic: { en: 'edoxaban', tr: 'edoksaban' },
		brands: { en: ['Lixiana', 'Savaysa'], tr: ['Lixiana'] },
	},
	{
		id: 'dabigatran',
		group: 'anticoagulant',
		generic: { en: 'dabigatran', tr: 'dabigatran' },
		brands: { en: ['Pradaxa'], tr: ['Pradaxa'] },
	},
	{
		id: 'enoxaparin',
		group: 'anticoagulant',
		generic: { en: 'enoxaparin', tr: 'enoksaparin' },
		otherNames: { en: ['heparin injection'], tr: ['heparin iğnesi'] },
		brands: { en: ['Clexane', 'Lovenox'], tr: ['Clexane'] },
	},
	{
		id: 'tinzaparin',
		group: 'anticoagulant',
		generic: { en: 'tinzaparin', tr: 'tinzaparin' },
		otherNames: { en: ['heparin injection'], tr: ['heparin iğnesi'] },
		brands: { en: ['Innohep'], tr: ['Innohep'] },
	},
	{
		id: 'dalteparin',
		group: 'anticoagulant',
		generic: { en: 'dalteparin', tr: 'dalteparin' },
		otherNames: { en: ['heparin injection'], tr: ['heparin iğnesi'] },
		brands: { en: ['Fragmin'] },
	},
	{
		id: 'heparin',
		group: 'anticoagulant',
		generic: { en: 'heparin', tr: 'heparin' },
	},
	// Antiplatelet medicines.
	{
		id: 'clopidogrel',
		group: 'antiplatelet',
		generic: { en: 'clopidogrel', tr: 'klopidogrel' },
		brands: { en: ['Plavix'], tr: ['Plavix', 'Karum', 'Pingel', 'Planor'] },
	},
	{
		id: 'prasugrel',
		group: 'antiplatelet',
		generic: { en: 'prasugrel', tr: 'prasugrel' },
		brands: { en: ['Efient', 'Effient'], tr: ['Efient'] },
	},
	{
		id: 'ticagrelor',
		group: 'antiplatelet',
		generic: { en: 'ticagrelor', tr: 'tikagrelor' },
		brands: { en: ['Brilique', 'Brilinta'], tr: ['Brilinta'] },
	},
	// Paracetamol.
	{
		id: 'paracetamol',
		group: 'paracetamol',
		generic: { en: 'paracetamol', tr: 'parasetamol' },
		otherNames: { en: ['acetaminophen'], tr: ['asetaminofen'] },
		brands: { en: ['Panadol', 'Tylenol', 'Calpol'], tr: ['Parol', 'Minoset', 'Tylol', 'Calpol', 'Panadol'] },
	},
] satisfies MedicineInput[];
